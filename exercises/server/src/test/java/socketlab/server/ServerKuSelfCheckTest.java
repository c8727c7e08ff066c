package socketlab.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import socketlab.selfcheck.NotImplementedYet;
import socketlab.selfcheck.ProgramRun;

/** Quick self-checks for ServerKu; run them with {@code mvn test}. The instructor's grading tests go further. */
@ExtendWith(NotImplementedYet.class)
@Timeout(20)
final class ServerKuSelfCheckTest {

    @Test
    void opensAListeningSocketOnTheAddressAsked() throws IOException {
        try (ServerSocket server = ServerKu.openServerSocket("127.0.0.1", 0, 2)) {
            assertAll(
                    () -> assertThat(server.isBound()).as("bound").isTrue(),
                    () -> assertThat(server.getInetAddress().getHostAddress()).as("address").isEqualTo("127.0.0.1"),
                    () -> assertThat(server.getLocalPort()).as("port").isPositive());
        }
    }

    @Test
    void greetsOneClientPrintsItsAnswerAndExits() throws IOException {
        ProgramRun serverKu = ProgramRun.start("ServerKu", ServerKuCommand::execute, "--host", "127.0.0.1", "--port", "0");
        int port = portOf(serverKu.awaitLine("Listening on 127.0.0.1:"));
        try (Socket client = new Socket()) {
            client.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            client.setSoTimeout(5000);
            String greeting = new BufferedReader(new InputStreamReader(client.getInputStream(), UTF_8)).readLine();
            client.getOutputStream().write("Hai ServerKu, ClientKu ingin berkomunikasi\n".getBytes(UTF_8));
            int exitCode = serverKu.awaitExit();
            assertAll(
                    () -> assertThat(greeting).as("what the client received")
                            .isEqualTo("Terima Kasih karena telah berkomunikasi dengan ServerKu"),
                    () -> assertThat(serverKu.out()).as("what ServerKu printed").contains(
                            "127.0.0.1:" + client.getLocalPort() + " Selamat Anda Sudah Terhubung dengan ServerKu",
                            "Client: Hai ServerKu, ClientKu ingin berkomunikasi"),
                    () -> assertThat(exitCode).as("exit code").isZero());
        }
    }

    private static int portOf(String listeningLine) {
        return Integer.parseInt(listeningLine.substring(listeningLine.lastIndexOf(':') + 1));
    }
}
