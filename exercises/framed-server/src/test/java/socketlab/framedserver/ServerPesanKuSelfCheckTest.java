package socketlab.framedserver;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static socketlab.selfcheck.Words.say;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import socketlab.selfcheck.ProgramRun;
import socketlab.selfcheck.SelfCheck;

/** Quick self-checks for ServerPesanKu; run them with {@code mvn test}. The instructor's grading tests go further. */
@SelfCheck
final class ServerPesanKuSelfCheckTest {

    @Test
    void answersEachMessageWithItsLengthAndCrcThenSendsTheWholeFile() throws IOException {
        ProgramRun serverPesanKu = ProgramRun.start("ServerPesanKu", ServerPesanKuCommand::execute,
                "--host", "127.0.0.1", "--port", "0", "--buffer", "8", "--send-limit", "1000", "--file-bytes", "5000",
                "--max-clients", "1");
        int port = serverPesanKu.awaitPort("127.0.0.1");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            DataInputStream in = new DataInputStream(socket.getInputStream());
            byte[] message = "a message longer than the buffer".getBytes(US_ASCII);
            out.writeInt(message.length);
            out.write(message);
            String summary = message.length + " " + String.format("%08x", crc(message));
            String client = "127.0.0.1:" + socket.getLocalPort() + " ";
            assertThat(serverPesanKu.awaitLine(client + message.length + " ")).as(say("what ServerPesanKu printed for the message",
                    "yang dicetak ServerPesanKu untuk pesan itu"))
                    .isEqualTo(client + summary);
            assertThat(new String(readMessage(in), US_ASCII)).as(say("the answer to %d bytes with --buffer 8",
                    "jawaban untuk %d byte dengan --buffer 8"), message.length)
                    .isEqualTo(summary);
            socket.shutdownOutput();
            byte[] file = readMessage(in);
            assertThat(file).as(say("the file, --file-bytes 5000, sent 1000 bytes at a time",
                    "berkas, --file-bytes 5000, dikirim 1000 byte sekali kirim")).hasSize(5000);
            assertThat(file[4999]).as(say("the file's last byte", "byte terakhir berkas")).isEqualTo((byte) (4999 * 31 + 4999 / 251));
        } catch (IOException e) {
            serverPesanKu.awaitExit(); // a stub ended it: say which
            throw e;
        }
        int exitCode = serverPesanKu.awaitExit();
        assertAll(() -> assertThat(exitCode).as(say("exit code after --max-clients 1", "kode keluar setelah --max-clients 1")).isZero());
    }

    /** Reads one message: a 4-byte big-endian length, then that many bytes. */
    private static byte[] readMessage(DataInputStream in) throws IOException {
        byte[] body = new byte[in.readInt()];
        in.readFully(body);
        return body;
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
