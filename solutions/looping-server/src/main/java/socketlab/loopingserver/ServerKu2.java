package socketlab.loopingserver;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * ServerKu2, the seed's {@code serverku2.py} in Java: a TCP server that thanks every client that
 * connects, one after another, until it has served {@code --max-clients} or is stopped by a signal.
 */
@Command(name = "ServerKu2", mixinStandardHelpOptions = true, sortOptions = false,
        version = "ServerKu2 (socket-lab) 1.0", resourceBundle = "socketlab.loopingserver.ServerKu2")
public final class ServerKu2 implements Callable<Integer> {
    static final String CONNECTED = "Now Connected";
    static final String THANKS = "Thank you for connecting";

    @Option(names = "--host", defaultValue = "0.0.0.0", descriptionKey = "host")
    String host;

    @Option(names = "--port", defaultValue = "12345", descriptionKey = "port")
    int port;

    @Option(names = "--backlog", defaultValue = "2", descriptionKey = "backlog")
    int backlog;

    @Option(names = "--max-clients", descriptionKey = "maxClients")
    Integer maxClients;

    private final PrintStream out;
    private final PrintStream err;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;
    private ResourceBundle messages;

    private ServerKu2(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(execute(System.out, System.err, args));
    }

    /** Runs ServerKu2 with these arguments, printing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        ServerKu2 server = new ServerKu2(out, err);
        CommandLine cli = new CommandLine(server);
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        server.messages = cli.getResourceBundle();
        cli.setExecutionExceptionHandler((problem, command, parsed) -> {
            err.println("ServerKu2: " + server.explain(problem));
            return problem instanceof UnsupportedOperationException ? 3 : 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        try (ServerSocket server = openServerSocket(host, port, backlog)) {
            Thread stopOnSignal = new Thread(() -> stop(server), "ServerKu2-stop");
            Runtime.getRuntime().addShutdownHook(stopOnSignal);
            out.println("Listening on " + server.getInetAddress().getHostAddress() + ":" + server.getLocalPort());
            int served = 0;
            try {
                for (; maxClients == null || served < maxClients; served++) {
                    serve(acceptClient(server));
                }
            } catch (SocketException closedBySignal) {
                if (!stopping) {
                    throw closedBySignal;
                }
            } finally {
                out.println(MessageFormat.format(messages.getString("stopped"), served));
                stopped.countDown();
                if (!stopping) {
                    Runtime.getRuntime().removeShutdownHook(stopOnSignal);
                }
            }
        }
        return 0;
    }

    /** Greets one client and closes its connection; a client that leaves early costs only itself. */
    private void serve(Socket conn) {
        String client = conn.getInetAddress().getHostAddress() + ":" + conn.getPort();
        out.println(client + " " + CONNECTED);
        try {
            sendLine(conn, THANKS);
        } catch (IOException leftEarly) {
            err.println("ServerKu2: " + MessageFormat.format(messages.getString("clientLeft"), client, leftEarly.getMessage()));
        } finally {
            closeConnection(conn);
        }
    }

    /** On SIGINT or SIGTERM: closes the listening socket, which ends the loop, and waits for its last line. */
    private void stop(ServerSocket server) {
        stopping = true;
        try {
            server.close();
            stopped.await(2, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException ignored) {
            // the JVM is ending anyway
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

    /** Sends the text and a newline, UTF-8 encoded, to the other side of the connection. */
    static void sendLine(Socket conn, String text) throws IOException {
        // seed: conn.send("Thank you for connecting")
        // BEGIN SOLUTION
        conn.getOutputStream().write((text + "\n").getBytes(UTF_8));
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: send the text and \"\\n\""
        // STUB:         + " as UTF-8 bytes (send)");
    }

    /** Closes the connection to one client, so that it sees the end of the stream. Never throws. */
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

    private String explain(Exception problem) {
        // STUB: if (problem instanceof UnsupportedOperationException) {
        // STUB:     StackTraceElement at = problem.getStackTrace()[0];
        // STUB:     return problem.getMessage() + " (" + at.getFileName() + ":" + at.getLineNumber() + ")";
        // STUB: }
        String key = problem instanceof UnknownHostException || new InetSocketAddress(host, 0).isUnresolved()
                ? "error.unknownHost"
                : problem instanceof BindException ? "error.bind" : "error.io";
        return MessageFormat.format(messages.getString(key), host + ":" + port, problem.getMessage());
    }
}
