package socketlab.udpserver;

import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramSocket;

/**
 * Given, not part of the exercise: ServerUdpKu's options, their defaults and its lines (in ServerUdpKu.properties,
 * ServerUdpKu_id.properties), and its stop on SIGINT or SIGTERM; {@link CommandLine} reads the options, prints the
 * help and gives the exit codes: 0 done or stopped, 1 a network failure, 2 a wrong option, 3 a method not
 * written yet.
 */
final class ServerUdpKuCommand {
    String host = "0.0.0.0";
    int port = 12345;
    int buffer = 1024;
    int maxDatagrams = Integer.MAX_VALUE;
    int received;

    private final CommandLine line;
    private final ServerFrame frame = new ServerFrame();

    private ServerUdpKuCommand(CommandLine line) {
        this.line = line;
    }

    /** Runs ServerUdpKu with these arguments, printing to {@code out} and {@code err}; returns the exit code. */
    static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine line = new CommandLine("ServerUdpKu", "socketlab.udpserver.ServerUdpKu", args);
        ServerUdpKuCommand options = new ServerUdpKuCommand(line);
        try {
            return line.run(out, err, option -> {
                switch (option) {
                    case "--host" -> options.host = line.value(option);
                    case "--port" -> options.port = line.number(option);
                    case "--buffer" -> options.buffer = line.positive(option);
                    case "--max-datagrams" -> options.maxDatagrams = line.number(option);
                    default -> throw line.unknown(option);
                }
            }, () -> options.serve(out), options::explain);
        } finally {
            // only now, with how it ended said (a stub's line too), may a signal's hook let the JVM end
            options.frame.ended();
        }
    }

    /** The notice on the line of a datagram longer than --buffer. */
    String cutNotice() {
        return line.text("cut", String.valueOf(buffer));
    }

    /** Serves until the datagrams are all received or a signal stops it (then it ends as done), and says how many. */
    private void serve(PrintStream out) throws IOException {
        frame.serve(() -> ServerUdpKu.serve(this, out), () -> out.println(line.text("stopped", String.valueOf(received))));
    }

    /** On SIGINT or SIGTERM: closes the socket, which ends the loop, and waits for the last line. */
    void closeOnSignal(DatagramSocket socket) {
        frame.closeOnSignal("ServerUdpKu", socket::close);
    }

    private String explain(Exception problem) {
        return ServerFrame.failure(line, host, port, problem);
    }
}
