package socketlab.otheraddresses;

import java.io.IOException;
import java.io.PrintStream;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Given, not part of the exercise: AlamatLain's command line. Reads the options, prints the help in the JVM's
 * language (AlamatLain.properties, AlamatLain_id.properties), runs {@link AlamatLain#experiment} and turns a
 * failure into one line on stderr. Exit codes: 0 done (a refused client is a result, not a failure), 1 a
 * network failure outside the table, 2 a wrong option, 3 a method not written yet.
 */
final class AlamatLainCommand {
    final List<String> servers = new ArrayList<>();
    final List<String> targets = new ArrayList<>();
    final List<String> sources = new ArrayList<>();
    int port = 12345;
    int timeoutSeconds = 2;

    private AlamatLainCommand() {
    }

    /** Runs AlamatLain with these arguments, printing to {@code out} and {@code err}; returns the exit code. */
    static int execute(PrintStream out, PrintStream err, String... args) {
        AlamatLainCommand options = new AlamatLainCommand();
        Deque<String> words = new ArrayDeque<>(Arrays.asList(args));
        try {
            while (!words.isEmpty()) {
                String option = nameOf(words);
                switch (option) {
                    case "-h", "--help" -> {
                        out.print(text("help"));
                        return 0;
                    }
                    case "-V", "--version" -> {
                        out.println("AlamatLain (socket-lab) 1.0");
                        return 0;
                    }
                    case "--server" -> options.servers.add(valueOf(option, words));
                    case "--to" -> options.targets.add(valueOf(option, words));
                    case "--from" -> options.sources.add(valueOf(option, words));
                    case "--port" -> options.port = number(option, valueOf(option, words), 0);
                    case "--timeout" -> options.timeoutSeconds = number(option, valueOf(option, words), 1);
                    default -> throw new IllegalArgumentException(text("usage.unknown", option));
                }
            }
        } catch (IllegalArgumentException wrong) {
            err.println("AlamatLain: " + wrong.getMessage());
            return 2;
        }
        if (options.servers.isEmpty()) {
            options.servers.addAll(List.of("127.0.0.1", "0.0.0.0"));
        }
        if (options.sources.isEmpty()) {
            options.sources.add(null);
        }
        try {
            AlamatLain.experiment(options, new Table(out));
            return 0;
        } catch (UnsupportedOperationException notYet) {
            StackTraceElement at = notYet.getStackTrace()[0];
            err.println("AlamatLain: " + notYet.getMessage() + " (" + at.getFileName() + ":" + at.getLineNumber() + ")");
            return 3;
        } catch (IOException | RuntimeException problem) {
            err.println("AlamatLain: " + text("error.io", String.valueOf(problem.getMessage())));
            return 1;
        }
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

    /** The next option's name; a value written as {@code --name=value} is put back as the next word. */
    private static String nameOf(Deque<String> words) {
        String word = words.pop();
        int equals = word.indexOf('=');
        if (word.startsWith("--") && equals > 0) {
            words.push(word.substring(equals + 1));
            return word.substring(0, equals);
        }
        return word;
    }

    private static String valueOf(String option, Deque<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException(text("usage.missing", option));
        }
        return words.pop();
    }

    private static int number(String option, String value, int least) {
        try {
            int number = Integer.parseInt(value);
            if (number >= least && number <= 65535) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(text("usage.notANumber", option, value, String.valueOf(least)));
    }

    /** A message from the bundle in the JVM's language, its {0}, {1}... filled in. */
    private static String text(String key, String... values) {
        String message = ResourceBundle.getBundle("socketlab.otheraddresses.AlamatLain").getString(key);
        return values.length == 0 ? message : MessageFormat.format(message, (Object[]) values);
    }
}
