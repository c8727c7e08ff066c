package socketlab.udpserver;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static socketlab.selfcheck.Words.say;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import socketlab.selfcheck.ProgramRun;
import socketlab.selfcheck.SelfCheck;

/** Quick self-checks for ServerUdpKu; run them with {@code mvn test}. The instructor's grading tests go further. */
@SelfCheck
final class ServerUdpKuSelfCheckTest {

    @Test
    void answersEachDatagramUpperCasedAndSaysWhenOneIsCut() throws IOException {
        ProgramRun serverUdpKu = ProgramRun.start("ServerUdpKu", ServerUdpKuCommand::execute,
                "--host", "127.0.0.1", "--port", "0", "--buffer", "8", "--max-datagrams", "2");
        InetSocketAddress server = new InetSocketAddress("127.0.0.1", serverUdpKu.awaitPort("127.0.0.1"));
        try (DatagramSocket client = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            client.setSoTimeout(5000);
            String sender = "127.0.0.1:" + client.getLocalPort() + " ";
            assertThat(exchange(client, server, "halo")).as(say("the reply to \"halo\"", "balasan untuk \"halo\"")).isEqualTo("HALO");
            assertThat(serverUdpKu.awaitLine(sender)).as(say("what ServerUdpKu printed for \"halo\"",
                    "yang dicetak ServerUdpKu untuk \"halo\"")).isEqualTo(sender + "halo");
            assertThat(exchange(client, server, "123456789")).as(say("the reply to 9 bytes with --buffer 8",
                    "balasan untuk 9 byte dengan --buffer 8")).isEqualTo("12345678");
            assertThat(serverUdpKu.awaitLine(sender + "1")).as(say("what ServerUdpKu printed for 9 bytes with --buffer 8",
                    "yang dicetak ServerUdpKu untuk 9 byte dengan --buffer 8"))
                    .isEqualTo(sender + "12345678 [cut: longer than 8 bytes]");
        }
        int exitCode = serverUdpKu.awaitExit();
        assertAll(() -> assertThat(exitCode).as(say("exit code after --max-datagrams 2", "kode keluar setelah --max-datagrams 2")).isZero());
    }

    /** Sends the text in one datagram and returns the text of the reply. */
    private static String exchange(DatagramSocket client, InetSocketAddress server, String text) throws IOException {
        byte[] bytes = text.getBytes(UTF_8);
        client.send(new DatagramPacket(bytes, bytes.length, server));
        DatagramPacket reply = new DatagramPacket(new byte[100], 100);
        client.receive(reply);
        return new String(reply.getData(), 0, reply.getLength(), UTF_8);
    }
}
