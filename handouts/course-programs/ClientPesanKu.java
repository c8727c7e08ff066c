// ClientPesanKu.java: not from the lab module but the course's own, written in its style, for the framed-server
// exercise: it sends three messages, each framed by its length (4 bytes, big-endian), ends its side, and prints
// ServerPesanKu's answers and the file it sends. Run it from its own file: java ClientPesanKu.java 127.0.0.1 12345
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

public class ClientPesanKu {
    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 12345;
        byte[][] messages = {
            "Hai ServerPesanKu, ClientPesanKu ingin berkomunikasi".getBytes(StandardCharsets.UTF_8),
            new byte[0],
            {0, '\n', '\r', (byte) 0xff, 0},
        };
        Socket s = new Socket(host, port);
        DataOutputStream out = new DataOutputStream(s.getOutputStream());
        DataInputStream in = new DataInputStream(s.getInputStream());
        for (byte[] message : messages) {
            out.writeInt(message.length);
            out.write(message);
            System.out.println("Sent " + message.length + " bytes");
        }
        s.shutdownOutput();
        for (byte[] message : messages) {
            if (message.length > 0) {
                byte[] answer = new byte[in.readInt()];
                in.readFully(answer);
                System.out.println("Server: " + new String(answer, StandardCharsets.US_ASCII));
            }
        }
        byte[] file = new byte[in.readInt()];
        in.readFully(file);
        CRC32 crc = new CRC32();
        crc.update(file);
        System.out.printf("File: %d bytes, CRC32 %08x%n", file.length, crc.getValue());
        s.close();
    }
}
