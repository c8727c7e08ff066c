package socketlab.concurrentserver;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Given, not part of the exercise: ServerKu3's options, their defaults and its lines (in ServerKu3.properties,
 * ServerKu3_id.properties), its listening socket, and its stop on SIGINT or SIGTERM, which closes the listening socket
 * and every client's, so that every conversation ends; {@link CommandLine} reads the options, prints the help and
 * gives the exit codes: 0 done or stopped, 1 a network failure, 2 a wrong option, 3 a method not written yet.
 */
final class ServerKu3Command {
    String host = "0.0.0.0";
    int port = 12345;
    int backlog = 2;
    int threads = 10;
    int maxClients = Integer.MAX_VALUE;
    int accepted;

    private final PrintStream err;
    private final CommandLine line;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean listening;
    private volatile boolean stopping;
    private volatile boolean endedCleanly;

    private ServerKu3Command(PrintStream err, CommandLine line) {
        this.err = err;
        this.line = line;
    }

    /** Runs ServerKu3 with these arguments, printing to {@code out} and {@code err}; returns the exit code. */
    static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine line = new CommandLine("ServerKu3", "socketlab.concurrentserver.ServerKu3", args);
        ServerKu3Command options = new ServerKu3Command(err, line);
        try {
            return line.run(out, err, option -> {
                switch (option) {
                    case "--host" -> options.host = line.value(option);
                    case "--port" -> options.port = line.number(option);
                    case "--backlog" -> options.backlog = line.number(option);
                    case "--threads" -> options.threads = line.positive(option);
                    case "--max-clients" -> options.maxClients = line.number(option);
                    default -> throw line.unknown(option);
                }
            }, () -> options.serve(out), options::explain);
        } finally {
            // only now, with how it ended said (a stub's line too), may a signal's hook let the JVM end
            options.stopped.countDown();
        }
    }

    /** The listening socket: bound to --host and --port, with a backlog of --backlog; a signal closes it. */
    ServerSocket listen() throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(host, port), backlog);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        closeOnSignal(server);
        return server;
    }

    /** Remembers a client's connection, so that a signal closes it too; a closed one is forgotten when the next comes. */
    void opened(Socket conn) {
        open.removeIf(Socket::isClosed);
        open.add(conn);
    }

    /** Says on stderr, in one line, that a client left or reset before its conversation ended; the others go on. */
    void clientLeft(String client, IOException problem) {
        err.println("ServerKu3: " + line.text("clientLeft", client, String.valueOf(problem.getMessage())));
    }

    /** Serves until --max-clients are taken and their conversations ended, or a signal stops it; says how many it took. */
    private void serve(PrintStream out) throws IOException {
        try {
            ServerKu3.serve(this, out);
            endedCleanly = true;
        } catch (SocketException closed) {
            if (!stopping) {
                throw closed;
            }
            endedCleanly = true;
        } finally {
            if (listening) {
                out.println(line.text("stopped", String.valueOf(accepted)));
            }
        }
    }

    /**
     * On SIGINT or SIGTERM: closes the listening socket, which ends the loop, and every client's, which ends its
     * conversation; once serve has ended cleanly (every conversation with it, within 2 s) the program exits with 0.
     * On an exit after serve has ended (--max-clients reached) it does nothing, so no other hook is cut short.
     */
    private void closeOnSignal(ServerSocket server) {
        listening = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (stopped.getCount() == 0) {
                return; // serve ended first: the JVM exits with main's status, its other hooks run to their end
            }
            stopping = true;
            try {
                server.close();
                for (Socket conn : open) {
                    conn.close();
                }
                if (stopped.await(2, TimeUnit.SECONDS) && endedCleanly) {
                    Runtime.getRuntime().halt(0);
                }
            } catch (IOException | InterruptedException ignored) {
                // the JVM is ending anyway
            }
        }, "ServerKu3-stop"));
    }

    private String explain(Exception problem) {
        String key = problem instanceof UnknownHostException || new InetSocketAddress(host, 0).isUnresolved()
                ? "error.unknownHost"
                : problem instanceof BindException ? "error.bind" : "error.io";
        return line.text(key, host + ":" + port, String.valueOf(problem.getMessage()));
    }
}
