package socketlab.loopingserver;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * ServerKu2, the seed's serverku2.py in Java: a TCP server that thanks every client that connects, one
 * after another, until it has served {@code --max-clients} or a signal stops it. Write the four methods
 * below; the options, help, signals and error lines are given in ServerKu2Command.java, which you need not open.
 */
public final class ServerKu2 {
    static final String CONNECTED = "Now Connected";
    static final String THANKS = "Thank you for connecting";

    public static void main(String[] args) {
        System.exit(ServerKu2Command.execute(System.out, System.err, args));
    }

    /** serverku2.py, step by step: listen, then accept, thank and close one client after another. */
    static void serve(ServerKu2Command options, PrintStream out) throws IOException {
        try (ServerSocket server = openServerSocket(options.host, options.port, options.backlog)) {
            options.closeOnSignal(server); // given: SIGINT or SIGTERM closes the server, which ends the loop
            out.println("Listening on " + server.getInetAddress().getHostAddress() + ":" + server.getLocalPort());
            while (options.served < options.maxClients) {
                Socket conn = acceptClient(server);
                out.println(conn.getInetAddress().getHostAddress() + ":" + conn.getPort() + " " + CONNECTED);
                try {
                    sendLine(conn, THANKS);
                } catch (IOException leftEarly) {
                    options.clientLeft(conn, leftEarly); // given: one line on stderr; the next client is served
                } finally {
                    closeConnection(conn);
                }
                options.served++;
            }
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
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: create a ServerSocket,"
        // STUB:         + " bind it to host:port with this backlog (socket, bind, listen)");
    }

    /** Waits for the next client and returns the connection to it. */
    static Socket acceptClient(ServerSocket server) throws IOException {
        // seed: while True:
        //           conn, addr = s.accept()
        // BEGIN SOLUTION
        return server.accept();
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: accept the next client (accept)");
    }

    /** Sends the text and a newline to the other side of the connection (the text is ASCII; the course writes UTF-8). */
    static void sendLine(Socket conn, String text) throws IOException {
        // seed: conn.send("Thank you for connecting")
        // BEGIN SOLUTION
        conn.getOutputStream().write((text + "\n").getBytes(UTF_8));
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: send the text and \"\\n\""
        // STUB:         + " as UTF-8 bytes (send)");
    }

    /** Closes the connection to one client, so that it sees the end of the stream. */
    static void closeConnection(Socket conn) {
        // seed: conn.close()
        // BEGIN SOLUTION
        try {
            conn.close();
        } catch (IOException ignored) {
            // the connection is gone either way
        }
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: close the connection (close)");
    }
}
