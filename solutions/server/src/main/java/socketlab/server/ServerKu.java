package socketlab.server;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.text.MessageFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * ServerKu, the seed's {@code serverku.py} in Java: a TCP server that greets one client, prints the
 * client's answer and exits.
 */
@Command(name = "ServerKu", mixinStandardHelpOptions = true, sortOptions = false,
        version = "ServerKu (socket-lab) 1.0", resourceBundle = "socketlab.server.ServerKu")
public final class ServerKu implements Callable<Integer> {
    static final String CONNECTED = "Selamat Anda Sudah Terhubung dengan ServerKu";
    static final String GREETING = "Terima Kasih karena telah berkomunikasi dengan ServerKu";

    @Option(names = "--host", defaultValue = "0.0.0.0", descriptionKey = "host")
    String host;

    @Option(names = "--port", defaultValue = "12345", descriptionKey = "port")
    int port;

    @Option(names = "--backlog", defaultValue = "2", descriptionKey = "backlog")
    int backlog;

    @Option(names = "--timeout", defaultValue = "5", descriptionKey = "timeout")
    int timeoutSeconds;

    private final PrintStream out;

    private ServerKu(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(execute(System.out, System.err, args));
    }

    /** Runs ServerKu with these arguments, printing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new ServerKu(out));
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((problem, command, parsed) -> {
            err.println("ServerKu: " + ((ServerKu) command.getCommand()).explain(problem, cli));
            return problem instanceof UnsupportedOperationException ? 3 : 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        try (ServerSocket server = openServerSocket(host, port, backlog)) {
            out.println("Listening on " + server.getInetAddress().getHostAddress() + ":" + server.getLocalPort());
            Socket conn = acceptClient(server);
            out.println(conn.getInetAddress().getHostAddress() + ":" + conn.getPort() + " " + CONNECTED);
            sendLine(conn, GREETING);
            out.println("Client: " + receiveLine(conn, timeoutSeconds));
            closeConnection(conn);
        }
        return 0;
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

    /** Waits for one client and returns the connection to it. */
    static Socket acceptClient(ServerSocket server) throws IOException {
        // seed: conn, addr = s.accept()
        // BEGIN SOLUTION
        return server.accept();
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: accept one client (accept)");
    }

    /** Sends the text and a newline, UTF-8 encoded, to the other side of the connection. */
    static void sendLine(Socket conn, String text) throws IOException {
        // seed: conn.send("Terima Kasih karena telah berkomunikasi dengan Serverku.py")
        // BEGIN SOLUTION
        conn.getOutputStream().write((text + "\n").getBytes(UTF_8));
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: send the text and \"\\n\""
        // STUB:         + " as UTF-8 bytes (send)");
    }

    /**
     * Receives one line: everything up to a newline or to the end of the stream, whichever comes first,
     * waiting at most this many seconds for it. An empty stream gives an empty line.
     */
    static String receiveLine(Socket conn, int timeoutSeconds) throws IOException {
        // seed: the Python server never reads; its client's answer ends at the end of the stream (recv)
        // BEGIN SOLUTION
        conn.setSoTimeout(timeoutSeconds * 1000);
        BufferedReader in = new BufferedReader(new InputStreamReader(conn.getInputStream(), UTF_8));
        String line = in.readLine();
        return line == null ? "" : line;
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: read up to a newline"
        // STUB:         + " or the end of the stream, with a time limit (recv)");
    }

    /** Closes the connection to the client. */
    static void closeConnection(Socket conn) throws IOException {
        // seed: conn.close()
        // BEGIN SOLUTION
        conn.close();
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: close the connection (close)");
    }

    private String explain(Exception problem, CommandLine cli) {
        String where = host + ":" + port;
        // STUB: if (problem instanceof UnsupportedOperationException) {
        // STUB:     StackTraceElement at = problem.getStackTrace()[0];
        // STUB:     return problem.getMessage() + " (" + at.getFileName() + ":" + at.getLineNumber() + ")";
        // STUB: }
        String key = problem instanceof UnknownHostException || new InetSocketAddress(host, 0).isUnresolved()
                ? "error.unknownHost"
                : problem instanceof BindException ? "error.bind"
                : problem instanceof SocketTimeoutException ? "error.timeout"
                : "error.io";
        return MessageFormat.format(cli.getResourceBundle().getString(key),
                where, problem.getMessage(), timeoutSeconds);
    }
}
