package socketlab.loopingserver;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static socketlab.selfcheck.Words.say;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import socketlab.selfcheck.ProgramRun;
import socketlab.selfcheck.SelfCheck;

/** Quick self-checks for ServerKu2; run them with {@code mvn test}. The instructor's grading tests go further. */
@SelfCheck
final class ServerKu2SelfCheckTest {

    @Test
    void thanksEachClientClosesItsConnectionAndStopsAfterMaxClients() throws IOException {
        ProgramRun serverKu2 = ProgramRun.start("ServerKu2", ServerKu2Command::execute,
                "--host", "127.0.0.1", "--port", "0", "--max-clients", "2");
        int port = serverKu2.awaitPort("127.0.0.1");
        for (int client = 1; client <= 2; client++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
                socket.setSoTimeout(5000);
                String received = new String(socket.getInputStream().readAllBytes(), UTF_8);
                assertThat(received).as(say("what client %d received before the server closed",
                        "yang diterima client %d sebelum server menutup"), client)
                        .isEqualTo("Thank you for connecting\n");
                assertThat(serverKu2.awaitLine("127.0.0.1:" + socket.getLocalPort() + " "))
                        .as(say("what ServerKu2 printed for client %d", "yang dicetak ServerKu2 untuk client %d"), client)
                        .isEqualTo("127.0.0.1:" + socket.getLocalPort() + " Now Connected");
            }
        }
        int exitCode = serverKu2.awaitExit();
        assertAll(() -> assertThat(exitCode).as(say("exit code after --max-clients 2", "kode keluar setelah --max-clients 2")).isZero());
    }
}
