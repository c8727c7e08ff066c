package socketlab.concurrentserver;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    private final ServerFrame frame = new ServerFrame();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

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
            options.frame.ended();
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
        frame.serve(() -> ServerKu3.serve(this, out), () -> out.println(line.text("stopped", String.valueOf(accepted))));
    }

    /**
     * On SIGINT or SIGTERM: closes the listening socket, which ends the loop, and every client's, which ends its
     * conversation; once serve has ended cleanly (every conversation with it, within 2 s) the program exits with 0.
     * On an exit after serve has ended (--max-clients reached) it does nothing, so no other hook is cut short.
     */
    private void closeOnSignal(ServerSocket server) {
        frame.closeOnSignal("ServerKu3", () -> {
            server.close();
            for (Socket conn : open) {
                conn.close();
            }
        }, () -> Runtime.getRuntime().halt(0));
    }

    private String explain(Exception problem) {
        return ServerFrame.failure(line, host, port, problem);
    }
}
