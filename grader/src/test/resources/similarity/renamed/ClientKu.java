package socketlab.client;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/** The solution's ClientKu with its names changed and its methods in another order: what a copier would hand in. */
public final class ClientKu {
    static final String ANSWER = "Hai ServerKu, ClientKu ingin berkomunikasi";

    public static void main(String[] args) {
        System.exit(ClientKuCommand.execute(System.out, System.err, args));
    }

    static void call(ClientKuCommand options, PrintStream out) throws IOException {
        Socket s = connect(options.host, options.port, options.timeoutSeconds);
        out.println(receiveLine(s));
        sendLine(s, ANSWER);
        close(s);
    }

    static void close(Socket s) throws IOException {
        s.close();
    }

    static void sendLine(Socket s, String text) throws IOException {
        s.getOutputStream().write((text + "\n").getBytes(UTF_8));
    }

    static Socket connect(String host, int port, int timeoutSeconds) throws IOException {
        Socket connection = new Socket();
        try {
            connection.connect(new InetSocketAddress(host, port), timeoutSeconds * 1000);
            connection.setSoTimeout(timeoutSeconds * 1000);
        } catch (IOException failure) {
            connection.close();
            throw failure;
        }
        return connection;
    }

    static String receiveLine(Socket s) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(s.getInputStream(), UTF_8));
        String received = reader.readLine();
        return received == null ? "" : received;
    }
}
