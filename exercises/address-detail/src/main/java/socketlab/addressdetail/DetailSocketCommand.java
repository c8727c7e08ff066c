package socketlab.addressdetail;

import java.io.IOException;
import java.io.PrintStream;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Given, not part of the exercise: DetailSocket's command line. Reads the host and the service, prints the
 * help in the JVM's language (DetailSocket.properties, DetailSocket_id.properties), runs
 * {@link DetailSocket#print} and turns a failure into one line on stderr. Exit codes: 0 done, 1 an unknown
 * host or service, 2 a wrong argument, 3 a method not written yet.
 */
final class DetailSocketCommand {
    static final Path SERVICES = Path.of("/etc/services");

    String host = "www.unmuhjember.ac.id";
    String service = "http";

    private DetailSocketCommand() {
    }

    /** Runs DetailSocket with these arguments, printing to {@code out} and {@code err}; returns the exit code. */
    static int execute(PrintStream out, PrintStream err, String... args) {
        // list the addresses in the system's order, as getaddrinfo gives them, not IPv4 first
        System.setProperty("java.net.preferIPv6Addresses", "system");
        DetailSocketCommand options = new DetailSocketCommand();
        List<String> positional = new ArrayList<>();
        for (String word : args) {
            switch (word) {
                case "-h", "--help" -> {
                    out.print(text("help"));
                    return 0;
                }
                case "-V", "--version" -> {
                    out.println("DetailSocket (socket-lab) 1.0");
                    return 0;
                }
                default -> positional.add(word);
            }
        }
        String wrong = positional.size() > 2 ? text("usage.tooMany", positional.get(2)) : null;
        for (String word : positional) {
            if (wrong == null && word.matches("--?[A-Za-z].*")) {
                wrong = text("usage.unknown", word);
            }
        }
        if (wrong != null) {
            err.println("DetailSocket: " + wrong);
            return 2;
        }
        if (!positional.isEmpty()) {
            options.host = positional.get(0);
        }
        if (positional.size() > 1) {
            options.service = positional.get(1);
        }
        try {
            if (options.host.isBlank()) {
                throw new UnknownHostException(options.host);
            }
            DetailSocket.print(options, out);
            return 0;
        } catch (UnsupportedOperationException notYet) {
            StackTraceElement at = notYet.getStackTrace()[0];
            err.println("DetailSocket: " + notYet.getMessage() + " (" + at.getFileName() + ":" + at.getLineNumber() + ")");
            return 3;
        } catch (IOException | RuntimeException problem) {
            err.println("DetailSocket: " + options.explain(problem));
            return 1;
        }
    }

    /** The kinds of socket the services file offers for the service; an unknown service is an error. */
    List<SocketKind> socketKinds() throws IOException {
        Optional<List<SocketKind>> kinds = SocketKind.forService(service, SERVICES);
        if (kinds.isEmpty()) {
            throw new UnknownServiceException(service);
        }
        return kinds.get();
    }

    private String explain(Exception problem) {
        String key = problem instanceof UnknownHostException ? "error.unknownHost"
                : problem instanceof UnknownServiceException ? "error.unknownService"
                : "error.io";
        return text(key, host, service, String.valueOf(problem.getMessage()));
    }

    /** A message from the bundle in the JVM's language, its {0}, {1}... filled in. */
    private static String text(String key, String... values) {
        String message = ResourceBundle.getBundle("socketlab.addressdetail.DetailSocket").getString(key);
        return values.length == 0 ? message : MessageFormat.format(message, (Object[]) values);
    }

    /** A service that is neither a port number nor a name in the services file. */
    private static final class UnknownServiceException extends IOException {
        private static final long serialVersionUID = 1L;

        UnknownServiceException(String service) {
            super(service);
        }
    }
}
