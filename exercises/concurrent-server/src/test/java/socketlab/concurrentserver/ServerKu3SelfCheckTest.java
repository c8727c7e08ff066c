package socketlab.concurrentserver;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static socketlab.selfcheck.Words.say;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import socketlab.selfcheck.ProgramRun;
import socketlab.selfcheck.SelfCheck;

/** Quick self-checks for ServerKu3; run them with {@code mvn test}. The instructor's grading tests go further. */
@SelfCheck
final class ServerKu3SelfCheckTest {

    @Test
    void greetsASecondClientWhileTheFirstIsSilentAndPrintsEachAnswer() throws IOException {
        ProgramRun serverKu3 = ProgramRun.start("ServerKu3", ServerKu3Command::execute,
                "--host", "127.0.0.1", "--port", "0", "--max-clients", "2");
        int port = serverKu3.awaitPort("127.0.0.1");
        try (Socket first = new Socket("127.0.0.1", port); Socket second = new Socket("127.0.0.1", port)) {
            first.setSoTimeout(5000);
            second.setSoTimeout(5000);
            assertThat(greeting(first)).as(say("the first client's greeting", "sapaan untuk client pertama")).isEqualTo("Thank you for connecting");
            assertThat(greeting(second)).as(say("the second client's greeting, while the first has not answered",
                    "sapaan untuk client kedua, selagi yang pertama belum menjawab"))
                    .isEqualTo("Thank you for connecting");
            second.getOutputStream().write("second\n".getBytes(UTF_8));
            String client = "127.0.0.1:" + second.getLocalPort() + " ";
            assertThat(serverKu3.awaitLine(client + "Client:")).as(say("what ServerKu3 printed for the second",
                    "yang dicetak ServerKu3 untuk client kedua")).isEqualTo(client + "Client: second");
            first.getOutputStream().write("first\n".getBytes(UTF_8));
            client = "127.0.0.1:" + first.getLocalPort() + " ";
            assertThat(serverKu3.awaitLine(client + "Client:")).as(say("what ServerKu3 printed for the first",
                    "yang dicetak ServerKu3 untuk client pertama")).isEqualTo(client + "Client: first");
        } catch (IOException e) {
            serverKu3.awaitExit(); // a stub ended it: say which
            throw e;
        }
        int exitCode = serverKu3.awaitExit();
        assertAll(() -> assertThat(exitCode).as(say("exit code after --max-clients 2", "kode keluar setelah --max-clients 2")).isZero());
    }

    private static String greeting(Socket client) throws IOException {
        return new BufferedReader(new InputStreamReader(client.getInputStream(), UTF_8)).readLine();
    }
}
