import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The grader's reference server for tests about other hosts: ServerKu's conversation, with the seed's texts,
 * for a number of clients one after another. Usage: PeerServer <port> <clients>.
 */
public final class PeerServer {
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        int clients = Integer.parseInt(args[1]);
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress("0.0.0.0", port));
            System.out.println("Listening on 0.0.0.0:" + server.getLocalPort());
            for (int i = 0; i < clients; i++) {
                try (Socket conn = server.accept()) {
                    System.out.println(conn.getInetAddress().getHostAddress() + ":" + conn.getPort()
                            + " Selamat Anda Sudah Terhubung dengan ServerKu");
                    conn.getOutputStream().write("Terima Kasih karena telah berkomunikasi dengan ServerKu\n".getBytes(StandardCharsets.UTF_8));
                    conn.setSoTimeout(5000);
                    String line = new BufferedReader(new InputStreamReader(conn.getInputStream(), StandardCharsets.UTF_8)).readLine();
                    System.out.println("Client: " + (line == null ? "" : line));
                }
            }
        }
    }
}
