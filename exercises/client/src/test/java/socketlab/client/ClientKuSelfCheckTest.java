package socketlab.client;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static socketlab.selfcheck.Words.say;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import socketlab.selfcheck.ProgramRun;
import socketlab.selfcheck.SelfCheck;

/** Quick self-checks for ClientKu; run them with {@code mvn test}. The instructor's grading tests go further. */
@SelfCheck
final class ClientKuSelfCheckTest {

    @Test
    void printsTheServersMessageAndAnswersIt() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ProgramRun clientKu = ProgramRun.start("ClientKu", ClientKuCommand::execute,
                    "--host", "127.0.0.1", "--port", String.valueOf(server.getLocalPort()));
            String answer;
            try (Socket conn = acceptUnlessClientEnded(server, clientKu)) {
                conn.setSoTimeout(5000);
                conn.getOutputStream().write("Halo dari server uji\n".getBytes(UTF_8));
                answer = new BufferedReader(new InputStreamReader(conn.getInputStream(), UTF_8)).readLine();
            }
            int exitCode = clientKu.awaitExit();
            assertAll(
                    () -> assertThat(clientKu.out()).as(say("what ClientKu printed", "yang dicetak ClientKu"))
                            .containsExactly("Halo dari server uji"),
                    () -> assertThat(answer).as(say("what the test's server received", "yang diterima server uji"))
                            .isEqualTo("Hai ServerKu, ClientKu ingin berkomunikasi"),
                    () -> assertThat(exitCode).as(say("exit code", "kode keluar")).isZero());
        }
    }

    @Test
    void reportsARefusedConnectionInOneLine() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        ProgramRun clientKu = ProgramRun.start("ClientKu", ClientKuCommand::execute,
                "--host", "127.0.0.1", "--port", String.valueOf(closedPort));
        int exitCode = clientKu.awaitExit();
        assertAll(
                () -> assertThat(exitCode).as(say("exit code when nothing listens on port %d", "kode keluar bila tidak ada yang listen di port %d"),
                        closedPort).isNotZero(),
                () -> assertThat(clientKu.err()).as(say("what ClientKu printed on stderr: one line", "yang dicetak ClientKu di stderr:"
                        + " satu baris")).singleElement().asString().startsWith("ClientKu: ").contains("127.0.0.1"));
    }

    /** Accepts ClientKu's connection; a ClientKu that ends first (for example at a stub) is reported as such. */
    private static Socket acceptUnlessClientEnded(ServerSocket server, ProgramRun clientKu) throws IOException {
        server.setSoTimeout(100);
        long deadline = System.nanoTime() + ProgramRun.LIMIT.toNanos();
        while (true) {
            try {
                return server.accept();
            } catch (SocketTimeoutException notYet) {
                if (clientKu.ended() || System.nanoTime() > deadline) {
                    clientKu.awaitExit();
                    throw new AssertionFailedError(say("ClientKu did not connect to the test's server",
                            "ClientKu tidak connect ke server uji"));
                }
            }
        }
    }
}
