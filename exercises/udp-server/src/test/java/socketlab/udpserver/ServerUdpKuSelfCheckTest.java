package socketlab.udpserver;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import socketlab.selfcheck.NotImplementedYet;
import socketlab.selfcheck.ProgramRun;

/** Quick self-checks for ServerUdpKu; run them with {@code mvn test}. The instructor's grading tests go further. */
@ExtendWith(NotImplementedYet.class)
@Timeout(20)
final class ServerUdpKuSelfCheckTest {

    @Test
    void answersEachDatagramUpperCasedAndSaysWhenOneIsCut() throws IOException {
        ProgramRun serverUdpKu = ProgramRun.start("ServerUdpKu", ServerUdpKuCommand::execute,
                "--host", "127.0.0.1", "--port", "0", "--buffer", "8", "--max-datagrams", "2");
        String listening = serverUdpKu.awaitLine("Listening on 127.0.0.1:");
        InetSocketAddress server = new InetSocketAddress("127.0.0.1", Integer.parseInt(listening.substring(listening.lastIndexOf(':') + 1)));
        try (DatagramSocket client = new DatagramSocket(new InetSocketAddress("127.0.0.1", 0))) {
            client.setSoTimeout(5000);
            String sender = "127.0.0.1:" + client.getLocalPort() + " ";
            assertThat(exchange(client, server, "halo")).as("the reply to \"halo\"").isEqualTo("HALO");
            assertThat(serverUdpKu.awaitLine(sender)).as("what ServerUdpKu printed for \"halo\"").isEqualTo(sender + "halo");
            assertThat(exchange(client, server, "123456789")).as("the reply to 9 bytes with --buffer 8").isEqualTo("12345678");
            assertThat(serverUdpKu.awaitLine(sender + "1")).as("what ServerUdpKu printed for 9 bytes with --buffer 8")
                    .isEqualTo(sender + "12345678 [cut: longer than 8 bytes]");
        }
        int exitCode = serverUdpKu.awaitExit();
        assertAll(() -> assertThat(exitCode).as("exit code after --max-datagrams 2").isZero());
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
