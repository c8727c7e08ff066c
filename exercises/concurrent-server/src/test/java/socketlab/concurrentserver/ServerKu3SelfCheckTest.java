package socketlab.concurrentserver;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import socketlab.selfcheck.NotImplementedYet;
import socketlab.selfcheck.ProgramRun;

/** Quick self-checks for ServerKu3; run them with {@code mvn test}. The instructor's grading tests go further. */
@ExtendWith(NotImplementedYet.class)
@Timeout(20)
final class ServerKu3SelfCheckTest {

    @Test
    void greetsASecondClientWhileTheFirstIsSilentAndPrintsEachAnswer() throws IOException {
        ProgramRun serverKu3 = ProgramRun.start("ServerKu3", ServerKu3Command::execute,
                "--host", "127.0.0.1", "--port", "0", "--max-clients", "2");
        String listening = serverKu3.awaitLine("Listening on 127.0.0.1:");
        int port = Integer.parseInt(listening.substring(listening.lastIndexOf(':') + 1));
        try (Socket first = new Socket("127.0.0.1", port); Socket second = new Socket("127.0.0.1", port)) {
            first.setSoTimeout(5000);
            second.setSoTimeout(5000);
            assertThat(greeting(first)).as("the first client's greeting").isEqualTo("Thank you for connecting");
            assertThat(greeting(second)).as("the second client's greeting, while the first has not answered")
                    .isEqualTo("Thank you for connecting");
            second.getOutputStream().write("second\n".getBytes(UTF_8));
            String client = "127.0.0.1:" + second.getLocalPort() + " ";
            assertThat(serverKu3.awaitLine(client + "Client:")).as("what ServerKu3 printed for the second").isEqualTo(client + "Client: second");
            first.getOutputStream().write("first\n".getBytes(UTF_8));
            client = "127.0.0.1:" + first.getLocalPort() + " ";
            assertThat(serverKu3.awaitLine(client + "Client:")).as("what ServerKu3 printed for the first").isEqualTo(client + "Client: first");
        } catch (IOException e) {
            serverKu3.awaitExit(); // a stub ended it: say which
            throw e;
        }
        int exitCode = serverKu3.awaitExit();
        assertAll(() -> assertThat(exitCode).as("exit code after --max-clients 2").isZero());
    }

    private static String greeting(Socket client) throws IOException {
        return new BufferedReader(new InputStreamReader(client.getInputStream(), UTF_8)).readLine();
    }
}
