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
                .hasMessageContaining("Quiet ended (exit code 1) before printing a line starting with \"Listening on \"")
                .hasMessageContaining("Quiet: cannot listen");
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

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
