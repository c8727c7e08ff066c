package socketlab.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * ServerKu, the seed's serverku.py in Java: greets one client, prints its answer and exits. Write the five
 * methods below; the options, help and error lines are given in ServerKuCommand.java (no need to open it).
 */
public final class ServerKu {
    static final String CONNECTED = "Selamat Anda Sudah Terhubung dengan ServerKu";
    static final String GREETING = "Terima Kasih karena telah berkomunikasi dengan ServerKu";

    public static void main(String[] args) {
        System.exit(ServerKuCommand.execute(System.out, System.err, args));
    }

    /** serverku.py, step by step: listen, accept one client, greet it, print its answer, close. */
    static void serve(ServerKuCommand options, PrintStream out) throws IOException {
        try (ServerSocket server = openServerSocket(options.host, options.port, options.backlog)) {
            out.println("Listening on " + server.getInetAddress().getHostAddress() + ":" + server.getLocalPort());
            Socket conn = acceptClient(server);
            out.println(conn.getInetAddress().getHostAddress() + ":" + conn.getPort() + " " + CONNECTED);
            sendLine(conn, GREETING);
            out.println("Client: " + receiveLine(conn, options.timeoutSeconds));
            closeConnection(conn);
        }
    }

    /** Creates a TCP server socket bound to host:port, listening with this backlog. */
    static ServerSocket openServerSocket(String host, int port, int backlog) throws IOException {
        // seed: s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        //       s.bind((host, port))
        //       s.listen(2)
        // BEGIN SOLUTION
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(host, port), backlog);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        return server;
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: socket, bind, listen");
    }

    /** Waits for one client and returns the connection to it. */
    static Socket acceptClient(ServerSocket server) throws IOException {
        // seed: conn, addr = s.accept()
        // BEGIN SOLUTION
        return server.accept();
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: accept one client (accept)");
    }

    /** Sends the text and a newline to the other side of the connection (the text is ASCII; the course writes UTF-8). */
    static void sendLine(Socket conn, String text) throws IOException {
        // seed: conn.send("Terima Kasih karena telah berkomunikasi dengan Serverku.py")
        // BEGIN SOLUTION
        conn.getOutputStream().write((text + "\n").getBytes(UTF_8));
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: send text + \"\\n\" in UTF-8");
    }

    /** Receives one line: up to a newline or the end of the stream (empty: ""), waiting at most timeoutSeconds. */
    static String receiveLine(Socket conn, int timeoutSeconds) throws IOException {
        // seed: the Python server never reads; its client's answer ends at the end of the stream (recv)
        // BEGIN SOLUTION
        conn.setSoTimeout(timeoutSeconds * 1000);
        BufferedReader in = new BufferedReader(new InputStreamReader(conn.getInputStream(), UTF_8));
        String line = in.readLine();
        return line == null ? "" : line;
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: recv one line, time-limited");
    }

    /** Closes the connection to the client. */
    static void closeConnection(Socket conn) throws IOException {
        // seed: conn.close()
        // BEGIN SOLUTION
        conn.close();
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: close the connection (close)");
    }
}
