package socketlab.otheraddresses;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Given, not part of the exercise: AlamatLain's options, their defaults and its error line (in AlamatLain.properties,
 * AlamatLain_id.properties); {@link CommandLine} reads them, prints the help and gives the exit codes: 0 done (a
 * refused client is a result, not a failure), 1 a network failure outside the table, 2 a wrong option, 3 a
 * method not written yet.
 */
final class AlamatLainCommand {
    final List<String> servers = new ArrayList<>();
    final List<String> targets = new ArrayList<>();
    final List<String> sources = new ArrayList<>();
    int port = 12345;
    /**
     * 5 s, not less: Windows tries a refused connection again before it reports it, about 2 s even on loopback (its
     * SYN retransmissions; libuv's pull request 2896 measures it), and a shorter limit would race that and print
     * "timed-out" where nothing listens.
     */
    int timeoutSeconds = 5;

    private AlamatLainCommand() {
    }

    /** Runs AlamatLain with these arguments, printing to {@code out} and {@code err}; returns the exit code. */
    static int execute(PrintStream out, PrintStream err, String... args) {
        AlamatLainCommand options = new AlamatLainCommand();
        CommandLine line = new CommandLine("AlamatLain", "socketlab.otheraddresses.AlamatLain", args);
        return line.run(out, err, option -> {
            switch (option) {
                case "--server" -> options.servers.add(line.value(option));
                case "--to" -> options.targets.add(line.value(option));
                case "--from" -> options.sources.add(line.value(option));
                case "--port" -> options.port = line.port(option, 0);
                case "--timeout" -> options.timeoutSeconds = line.port(option, 1);
                default -> throw line.unknown(option);
            }
        }, () -> AlamatLain.experiment(options.orDefaults(), new Table(out)),
                problem -> line.text("error.io", String.valueOf(problem.getMessage())));
    }

    /** These options, with the default servers (127.0.0.1 and 0.0.0.0) and one client the system places, if none are given. */
    private AlamatLainCommand orDefaults() {
        if (servers.isEmpty()) {
            servers.addAll(List.of("127.0.0.1", "0.0.0.0"));
        }
        if (sources.isEmpty()) {
            sources.add(null);
        }
        return this;
    }

    /**
     * The addresses the clients aim at: those given with --to, or else each server's address, a wildcard
     * (0.0.0.0, ::) standing for the loopback address of its family.
     */
    List<String> targets() {
        if (!targets.isEmpty()) {
            return targets;
        }
        Set<String> aimed = new LinkedHashSet<>();
        for (String server : servers) {
            aimed.add(switch (server) {
                case "0.0.0.0" -> "127.0.0.1";
                case "::", "::0", "0:0:0:0:0:0:0:0" -> "::1";
                default -> server;
            });
        }
        return List.copyOf(aimed);
    }

    /** How long a client may take to connect, and its server to accept it. */
    int timeoutMillis() {
        return timeoutSeconds * 1000;
    }
}
