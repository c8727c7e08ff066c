package socketlab.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.ResourceBundle;

/**
 * Given, not part of the exercise: ServerKu's command line. Reads the options, prints the help in the JVM's
 * language (ServerKu.properties, ServerKu_id.properties), runs {@link ServerKu#serve} and turns a failure into
 * one line on stderr. Exit codes: 0 done, 1 a network failure, 2 a wrong option, 3 a method not written yet.
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
                        out.println("ServerKu (socket-lab) 1.0");
                        return 0;
                    }
                    case "--host" -> options.host = valueOf(option, words);
                    case "--port" -> options.port = number(option, valueOf(option, words));
                    case "--backlog" -> options.backlog = number(option, valueOf(option, words));
                    case "--timeout" -> options.timeoutSeconds = number(option, valueOf(option, words));
                    default -> throw new IllegalArgumentException(text("usage.unknown", option));
                }
            }
        } catch (IllegalArgumentException wrong) {
            err.println("ServerKu: " + wrong.getMessage());
            return 2;
        }
        try {
            ServerKu.serve(options, out);
            return 0;
        } catch (UnsupportedOperationException notYet) {
            StackTraceElement at = notYet.getStackTrace()[0];
            err.println("ServerKu: " + notYet.getMessage() + " (" + at.getFileName() + ":" + at.getLineNumber() + ")");
            return 3;
        } catch (IOException | RuntimeException problem) {
            err.println("ServerKu: " + options.explain(problem));
            return 1;
        }
    }

    private String explain(Exception problem) {
        String where = host + ":" + port;
        String key = problem instanceof UnknownHostException || new InetSocketAddress(host, 0).isUnresolved()
                ? "error.unknownHost"
                : problem instanceof BindException ? "error.bind"
                : problem instanceof SocketTimeoutException ? "error.timeout"
                : "error.io";
        return text(key, where, String.valueOf(problem.getMessage()), String.valueOf(timeoutSeconds));
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

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text("usage.notANumber", option, value));
        }
    }

    /** A message from the bundle in the JVM's language, its {0}, {1}... filled in. */
    private static String text(String key, String... values) {
        String message = ResourceBundle.getBundle("socketlab.server.ServerKu").getString(key);
        return values.length == 0 ? message : MessageFormat.format(message, (Object[]) values);
    }
}
