package socketlab.client;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * ClientKu, the seed's clientku.py in Java: connects to a server, prints the server's message and answers
 * it. Write the four methods below; the options, help and error lines are given in ClientKuCommand.java,
 * which you need not open.
 */
public final class ClientKu {
    static final String ANSWER = "Hai ServerKu, ClientKu ingin berkomunikasi";

    public static void main(String[] args) {
        System.exit(ClientKuCommand.execute(System.out, System.err, args));
    }

    /** clientku.py, step by step: connect, print the server's message, answer it, close. */
    static void call(ClientKuCommand options, PrintStream out) throws IOException {
        Socket s = connect(options.host, options.port, options.timeoutSeconds);
        out.println(receiveLine(s));
        sendLine(s, ANSWER);
        close(s);
    }

    /**
     * Creates a TCP socket connected to host:port. Connecting, and every later read, waits at most
     * this many seconds.
     */
    static Socket connect(String host, int port, int timeoutSeconds) throws IOException {
        // seed: s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        //       s.connect((host, port))
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: create a Socket, connect it"
                + " to host:port and set its time limits (socket, connect)");
    }

    /** Receives one line: everything up to a newline or to the end of the stream, whichever comes first (nothing: ""). */
    static String receiveLine(Socket s) throws IOException {
        // seed: print s.recv(1024)   (one recv may return only part of the message: read until it ends)
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: read up to a newline"
                + " or the end of the stream (recv)");
    }

    /** Sends the text and a newline to the server (the text is ASCII; the course writes UTF-8). */
    static void sendLine(Socket s, String text) throws IOException {
        // seed: s.send("Hai Serverku.py, Clientku.py ingin berkomunikasi")
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: send the text and \"\\n\""
                + " as UTF-8 bytes (send)");
    }

    /** Closes the connection. */
    static void close(Socket s) throws IOException {
        // seed: s.close()
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: close the socket (close)");
    }
}
