package socketlab.client;

import java.io.PrintStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

/**
 * Given, not part of the exercise: ClientKu's options, their defaults and its error lines (in ClientKu.properties,
 * ClientKu_id.properties); {@link CommandLine} reads them, prints the help and gives the exit codes: 0 done,
 * 1 a network failure, 2 a wrong option, 3 a method not written yet.
 */
final class ClientKuCommand {
    String host = "127.0.0.1";
    int port = 12345;
    int timeoutSeconds = 5;

    private ClientKuCommand() {
    }

    /** Runs ClientKu with these arguments, printing to {@code out} and {@code err}; returns the exit code. */
    static int execute(PrintStream out, PrintStream err, String... args) {
        ClientKuCommand options = new ClientKuCommand();
        CommandLine line = new CommandLine("ClientKu", "socketlab.client.ClientKu", args);
        return line.run(out, err, option -> {
            switch (option) {
                case "--host" -> options.host = line.value(option);
                case "--port" -> options.port = line.number(option);
                case "--timeout" -> options.timeoutSeconds = line.number(option);
                default -> throw line.unknown(option);
            }
        }, () -> ClientKu.call(options, out), problem -> options.explain(line, problem));
    }

    private String explain(CommandLine line, Exception problem) {
        String key = problem instanceof UnknownHostException ? "error.unknownHost"
                : problem instanceof ConnectException ? "error.refused"
                : problem instanceof SocketTimeoutException ? "error.timeout"
                : "error.io";
        return line.text(key, host + ":" + port, String.valueOf(problem.getMessage()), String.valueOf(timeoutSeconds), host);
    }
}
