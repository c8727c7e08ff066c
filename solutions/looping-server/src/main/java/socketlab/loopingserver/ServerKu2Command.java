package socketlab.loopingserver;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Given, not part of the exercise: ServerKu2's options, their defaults and its lines (in ServerKu2.properties,
 * ServerKu2_id.properties), and its stop on SIGINT or SIGTERM; {@link CommandLine} reads the options, prints the
 * help and gives the exit codes: 0 done or stopped, 1 a network failure, 2 a wrong option, 3 a method not
 * written yet.
 */
final class ServerKu2Command {
    String host = "0.0.0.0";
    int port = 12345;
    int backlog = 2;
    int maxClients = Integer.MAX_VALUE;
    int served;

    private final PrintStream err;
    private final CommandLine line;
    private final ServerFrame frame = new ServerFrame();

    private ServerKu2Command(PrintStream err, CommandLine line) {
        this.err = err;
        this.line = line;
    }

    /** Runs ServerKu2 with these arguments, printing to {@code out} and {@code err}; returns the exit code. */
    static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine line = new CommandLine("ServerKu2", "socketlab.loopingserver.ServerKu2", args);
        ServerKu2Command options = new ServerKu2Command(err, line);
        try {
            return line.run(out, err, option -> {
                switch (option) {
                    case "--host" -> options.host = line.value(option);
                    case "--port" -> options.port = line.number(option);
                    case "--backlog" -> options.backlog = line.number(option);
                    case "--max-clients" -> options.maxClients = line.number(option);
                    default -> throw line.unknown(option);
                }
            }, () -> options.serve(out), options::explain);
        } finally {
            // only now, with how it ended said (a stub's line too), may a signal's hook let the JVM end
            options.frame.ended();
        }
    }

    /** Serves until the clients are all served or a signal stops it (then it ends as done), and says how many it served. */
    private void serve(PrintStream out) throws IOException {
        frame.serve(() -> ServerKu2.serve(this, out), () -> out.println(line.text("stopped", String.valueOf(served))));
    }

    /** On SIGINT or SIGTERM: closes the listening socket, which ends the loop, and waits for the last line. */
    void closeOnSignal(ServerSocket server) {
        frame.closeOnSignal("ServerKu2", server::close);
    }

    /** Says on stderr that a client left before it was thanked. */
    void clientLeft(Socket conn, IOException problem) {
        String client = conn.getInetAddress().getHostAddress() + ":" + conn.getPort();
        err.println("ServerKu2: " + line.text("clientLeft", client, String.valueOf(problem.getMessage())));
    }

    private String explain(Exception problem) {
        return ServerFrame.failure(line, host, port, problem);
    }
}
