package socketlab.server;

import java.io.PrintStream;

/**
 * Given, not part of the exercise: ServerKu's options, their defaults and its error lines (in ServerKu.properties,
 * ServerKu_id.properties); {@link CommandLine} reads them, prints the help and gives the exit codes: 0 done,
 * 1 a network failure, 2 a wrong option, 3 a method not written yet.
 */
final class ServerKuCommand {
    String host = "0.0.0.0";
    int port = 12345;
    int backlog = 2;
    int timeoutSeconds = 5;

    private ServerKuCommand() {
    }

    /** Runs ServerKu with these arguments, printing to {@code out} and {@code err}; returns the exit code. */
    static int execute(PrintStream out, PrintStream err, String... args) {
        ServerKuCommand options = new ServerKuCommand();
        CommandLine line = new CommandLine("ServerKu", "socketlab.server.ServerKu", args);
        return line.run(out, err, option -> {
            switch (option) {
                case "--host" -> options.host = line.value(option);
                case "--port" -> options.port = line.number(option);
                case "--backlog" -> options.backlog = line.number(option);
                case "--timeout" -> options.timeoutSeconds = line.number(option);
                default -> throw line.unknown(option);
            }
        }, () -> ServerKu.serve(options, out), problem -> options.explain(line, problem));
    }

    private String explain(CommandLine line, Exception problem) {
        return ServerFrame.failure(line, host, port, timeoutSeconds, problem);
    }
}
