package socketlab.loopingserver;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import socketlab.selfcheck.NotImplementedYet;
import socketlab.selfcheck.ProgramRun;

/** Quick self-checks for ServerKu2; run them with {@code mvn test}. The instructor's grading tests go further. */
@ExtendWith(NotImplementedYet.class)
@Timeout(20)
final class ServerKu2SelfCheckTest {

    @Test
    void thanksEachClientClosesItsConnectionAndStopsAfterMaxClients() throws IOException {
        ProgramRun serverKu2 = ProgramRun.start("ServerKu2", ServerKu2Command::execute,
                "--host", "127.0.0.1", "--port", "0", "--max-clients", "2");
        String listening = serverKu2.awaitLine("Listening on 127.0.0.1:");
        int port = Integer.parseInt(listening.substring(listening.lastIndexOf(':') + 1));
        for (int client = 1; client <= 2; client++) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
                socket.setSoTimeout(5000);
                String received = new String(socket.getInputStream().readAllBytes(), UTF_8);
                assertThat(received).as("what client %d received before the server closed", client)
                        .isEqualTo("Thank you for connecting\n");
                assertThat(serverKu2.awaitLine("127.0.0.1:" + socket.getLocalPort() + " "))
                        .as("what ServerKu2 printed for client %d", client)
                        .isEqualTo("127.0.0.1:" + socket.getLocalPort() + " Now Connected");
            }
        }
        int exitCode = serverKu2.awaitExit();
        assertAll(() -> assertThat(exitCode).as("exit code after --max-clients 2").isZero());
    }
}
