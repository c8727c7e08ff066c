package socketlab.server;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static socketlab.selfcheck.Words.say;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import socketlab.selfcheck.ProgramRun;
import socketlab.selfcheck.SelfCheck;

/** Quick self-checks for ServerKu; run them with {@code mvn test}. The instructor's grading tests go further. */
@SelfCheck
final class ServerKuSelfCheckTest {

    @Test
    void opensAListeningSocketOnTheAddressAsked() throws IOException {
        try (ServerSocket server = ServerKu.openServerSocket("127.0.0.1", 0, 2)) {
            assertAll(
                    () -> assertThat(server.isBound()).as(say("bound", "sudah di-bind")).isTrue(),
                    () -> assertThat(server.getInetAddress().getHostAddress()).as(say("address", "alamat")).isEqualTo("127.0.0.1"),
                    () -> assertThat(server.getLocalPort()).as(say("port", "port")).isPositive());
        }
    }

    @Test
    void greetsOneClientPrintsItsAnswerAndExits() throws IOException {
        ProgramRun serverKu = ProgramRun.start("ServerKu", ServerKuCommand::execute, "--host", "127.0.0.1", "--port", "0");
        int port = serverKu.awaitPort("127.0.0.1");
        try (Socket client = new Socket()) {
            client.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            client.setSoTimeout(5000);
            String greeting = new BufferedReader(new InputStreamReader(client.getInputStream(), UTF_8)).readLine();
            client.getOutputStream().write("Hai ServerKu, ClientKu ingin berkomunikasi\n".getBytes(UTF_8));
            int exitCode = serverKu.awaitExit();
            assertAll(
                    () -> assertThat(greeting).as(say("what the client received", "yang diterima client"))
                            .isEqualTo("Terima Kasih karena telah berkomunikasi dengan ServerKu"),
                    () -> assertThat(serverKu.out()).as(say("what ServerKu printed", "yang dicetak ServerKu")).contains(
                            "127.0.0.1:" + client.getLocalPort() + " Selamat Anda Sudah Terhubung dengan ServerKu",
                            "Client: Hai ServerKu, ClientKu ingin berkomunikasi"),
                    () -> assertThat(exitCode).as(say("exit code", "kode keluar")).isZero());
        }
    }
}
