package socketlab.udpping;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static socketlab.selfcheck.Words.say;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import socketlab.selfcheck.ProgramRun;
import socketlab.selfcheck.SelfCheck;

/** Quick self-checks for PingKu; run them with {@code mvn test}. The instructor's grading tests go further. */
@SelfCheck
final class PingKuSelfCheckTest {

    @Test
    void printsTheFirstReplyATimeoutForTheDroppedSecondAndTheLoss() throws Exception {
        try (DatagramSocket server = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            server.setSoTimeout(5000);
            List<String> pings = new CopyOnWriteArrayList<>();
            Thread answering = new Thread(() -> answerTheFirstOnly(server, pings));
            answering.start();
            ProgramRun pingKu = ProgramRun.start("PingKu", PingKuCommand::execute,
                    "--host", "127.0.0.1", "--port", String.valueOf(server.getLocalPort()), "--count", "2", "--timeout", "1000");
            int exitCode = pingKu.awaitExit();
            answering.join(10_000);
            assertAll(
                    () -> assertThat(pings).as(say("the pings the test's server received", "ping yang diterima server uji"))
                            .hasSize(2),
                    () -> assertThat(pings).as(say("the pings' text", "teks ping")).allMatch(ping -> ping.matches("Ping [12] \\d+")),
                    () -> assertThat(pingKu.line(0)).as(say("line 1, the answered ping", "baris 1, ping yang dijawab"))
                            .startsWith("Reply from 127.0.0.1:" + server.getLocalPort() + ": PING 1 ").endsWith(" ms"),
                    () -> assertThat(pingKu.line(1)).as(say("line 2, the dropped ping", "baris 2, ping yang dibuang"))
                            .isEqualTo("Request timed out"),
                    () -> assertThat(pingKu.line(2)).as(say("line 3, the summary", "baris 3, ringkasan"))
                            .isEqualTo("2 sent, 1 received, 50.0% loss"),
                    () -> assertThat(pingKu.line(3)).as(say("line 4, the round-trip times", "baris 4, waktu pulang-pergi"))
                            .startsWith("rtt min/avg/max = ").endsWith(" ms"),
                    () -> assertThat(exitCode).as(say("exit code", "kode keluar")).isZero());
        }
    }

    /** The test's server: answers the first ping (upper-cased) and drops the second. */
    private static void answerTheFirstOnly(DatagramSocket server, List<String> pings) {
        try {
            for (int nth = 1; nth <= 2; nth++) {
                DatagramPacket ping = new DatagramPacket(new byte[100], 100);
                server.receive(ping);
                String text = new String(ping.getData(), 0, ping.getLength(), UTF_8);
                pings.add(text);
                if (nth == 1) {
                    byte[] reply = text.toUpperCase(Locale.ROOT).getBytes(UTF_8);
                    server.send(new DatagramPacket(reply, reply.length, ping.getSocketAddress()));
                }
            }
        } catch (IOException stopped) {
            // PingKu sent fewer pings, or the test is over: the assertions say so
        }
    }
}
