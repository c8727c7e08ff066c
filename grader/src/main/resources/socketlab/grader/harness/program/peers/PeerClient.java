import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The grader's reference client for tests about other hosts: ClientKu's conversation, with the seed's texts,
 * and the address and port it connected from. Usage: PeerClient <host> <port>.
 */
public final class PeerClient {
    public static void main(String[] args) throws Exception {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(args[0], Integer.parseInt(args[1])), 5000);
            socket.setSoTimeout(5000);
            System.out.println("From " + socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort());
            String greeting = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
            System.out.println("Greeting: " + greeting);
            socket.getOutputStream().write("Hai ServerKu, ClientKu ingin berkomunikasi\n".getBytes(StandardCharsets.UTF_8));
        }
    }
}
