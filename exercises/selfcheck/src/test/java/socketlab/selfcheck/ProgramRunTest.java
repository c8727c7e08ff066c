package socketlab.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

@Timeout(20)
final class ProgramRunTest {

    @AfterEach
    void forgetStubMode() {
        System.clearProperty("selfcheck.stubs");
    }

    @Test
    void returnsTheAwaitedLineAndTheExitCode() {
        CountDownLatch go = new CountDownLatch(1);
        ProgramRun run = ProgramRun.start("Echo", (out, err, args) -> {
            out.println("Listening on 127.0.0.1:" + args[0]);
            await(go);
            out.println("done");
            return 7;
        }, "4242");
        String line = run.awaitLine("Listening on ");
        go.countDown();
        int exit = run.awaitExit();
        assertAll(
                () -> assertThat(line).isEqualTo("Listening on 127.0.0.1:4242"),
                () -> assertThat(exit).isEqualTo(7),
                () -> assertThat(run.out()).containsExactly("Listening on 127.0.0.1:4242", "done"));
    }

    @Test
    void failsPlainlyWhenTheProgramEndsWithoutTheLine() {
        ProgramRun run = ProgramRun.start("Quiet", (out, err, args) -> {
            err.println("Quiet: cannot listen");
            return 1;
        });
        assertThatThrownBy(() -> run.awaitLine("Listening on "))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Quiet ended (exit code 1) before printing a line starting with \"Listening on \"");
        assertThat(run.transcript()).isEqualTo("Quiet ended with exit code 1; what it printed:\n  err| Quiet: cannot listen");
    }

    @Test
    void reportsAStubAsNotImplementedYet() {
        ProgramRun run = ProgramRun.start("Stub", (out, err, args) -> {
            err.println("Stub: not implemented yet / belum dibuat: accept one client (Stub.java:12)");
            return 3;
        });
        assertThatThrownBy(run::awaitExit)
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("Stub: not implemented yet / belum dibuat: accept one client (Stub.java:12)");
    }

    @Test
    void skipsAtAStubWhereStubsArePending() {
        System.setProperty("selfcheck.stubs", "pending");
        ProgramRun run = ProgramRun.start("Stub", (out, err, args) -> {
            err.println("Stub: not implemented yet / belum dibuat: accept one client");
            return 3;
        });
        assertThatThrownBy(() -> run.awaitLine("Listening on ")).isInstanceOf(TestAbortedException.class);
    }

    @Test
    void endsALineAtCarriageReturnAndNewLineAsWindowsPrintsIt() {
        ProgramRun run = ProgramRun.start("Windows", (out, err, args) -> {
            out.print("Listening on 127.0.0.1:4242\r\nRequest timed out\r\n");
            return 0;
        });
        run.awaitExit();
        assertAll(
                () -> assertThat(run.out()).containsExactly("Listening on 127.0.0.1:4242", "Request timed out"),
                () -> assertThat(run.awaitPort("127.0.0.1")).isEqualTo(4242));
    }

    @Test
    void quotesTheListeningLineWhenNoPortNumberEndsIt() {
        ProgramRun run = ProgramRun.start("Odd", (out, err, args) -> {
            out.println("Listening on 127.0.0.1:4242.");
            return 0;
        });
        assertThatThrownBy(() -> run.awaitPort("127.0.0.1")).isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("Odd printed \"Listening on 127.0.0.1:4242.\"");
    }

    @Test
    void saysHowManyLinesCameWhenALineIsMissingInsteadOfAnIndexError() {
        ProgramRun run = ProgramRun.start("Short", (out, err, args) -> {
            out.println("only line");
            return 1;
        });
        run.awaitExit();
        assertAll(
                () -> assertThat(run.line(0)).isEqualTo("only line"),
                () -> assertThatThrownBy(() -> run.line(2)).isInstanceOf(AssertionFailedError.class)
                        .hasMessage("Short printed 1 line(s); line 3 never came"));
    }

    @Test
    void putsAFailedProgramsErrorLineBeforeTheCheckThenAllItPrinted() {
        ProgramRun.forgetStarted();
        ProgramRun run = ProgramRun.start("PingKu", (out, err, args) -> {
            out.println("Reply from 127.0.0.1:9: PING 1");
            err.println("PingKu: Receive timed out");
            return 1;
        });
        run.awaitExit();
        String message = ProgramTranscripts.withTranscripts(new AssertionFailedError("[line 2] expected: \"Request timed out\""),
                ProgramRun.started());
        assertThat(message.lines()).startsWith("PingKu ended with exit code 1: PingKu: Receive timed out",
                "[line 2] expected: \"Request timed out\"", "PingKu ended with exit code 1; what it printed:",
                "  out| Reply from 127.0.0.1:9: PING 1", "  err| PingKu: Receive timed out");
    }

    @Test
    void speaksIndonesianWhenAskedTo() {
        System.setProperty(Words.LANG, "id");
        try {
            ProgramRun run = ProgramRun.start("Diam", (out, err, args) -> 0);
            run.awaitExit();
            assertThatThrownBy(() -> run.line(0)).hasMessage("Diam mencetak 0 baris; baris ke-1 tidak pernah ada");
        } finally {
            System.clearProperty(Words.LANG);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
