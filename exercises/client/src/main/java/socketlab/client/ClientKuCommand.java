package socketlab.client;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.ResourceBundle;

/**
 * Given, not part of the exercise: ClientKu's command line. Reads the options, prints the help in the JVM's
 * language (ClientKu.properties, ClientKu_id.properties), runs {@link ClientKu#call} and turns a failure into
 * one line on stderr. Exit codes: 0 done, 1 a network failure, 2 a wrong option, 3 a method not written yet.
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
                        out.println("ClientKu (socket-lab) 1.0");
                        return 0;
                    }
                    case "--host" -> options.host = valueOf(option, words);
                    case "--port" -> options.port = number(option, valueOf(option, words));
                    case "--timeout" -> options.timeoutSeconds = number(option, valueOf(option, words));
                    default -> throw new IllegalArgumentException(text("usage.unknown", option));
                }
            }
        } catch (IllegalArgumentException wrong) {
            err.println("ClientKu: " + wrong.getMessage());
            return 2;
        }
        try {
            ClientKu.call(options, out);
            return 0;
        } catch (UnsupportedOperationException notYet) {
            StackTraceElement at = notYet.getStackTrace()[0];
            err.println("ClientKu: " + notYet.getMessage() + " (" + at.getFileName() + ":" + at.getLineNumber() + ")");
            return 3;
        } catch (IOException | RuntimeException problem) {
            err.println("ClientKu: " + options.explain(problem));
            return 1;
        }
    }

    private String explain(Exception problem) {
        String key = problem instanceof UnknownHostException ? "error.unknownHost"
                : problem instanceof ConnectException ? "error.refused"
                : problem instanceof SocketTimeoutException ? "error.timeout"
                : "error.io";
        return text(key, host + ":" + port, String.valueOf(problem.getMessage()), String.valueOf(timeoutSeconds), host);
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
        String message = ResourceBundle.getBundle("socketlab.client.ClientKu").getString(key);
        return values.length == 0 ? message : MessageFormat.format(message, (Object[]) values);
    }
}
