package socketlab.addressdetail;

import java.io.IOException;
import java.io.PrintStream;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Given, not part of the exercise: DetailSocket's arguments (the host and the service), their defaults and its
 * error lines (in DetailSocket.properties, DetailSocket_id.properties); {@link CommandLine} reads them, prints
 * the help and gives the exit codes: 0 done, 1 an unknown host or service, 2 a wrong argument, 3 a method not
 * written yet.
 */
final class DetailSocketCommand {
    String host = "www.unmuhjember.ac.id";
    String service = "http";

    private DetailSocketCommand() {
    }

    /** Runs DetailSocket with these arguments, printing to {@code out} and {@code err}; returns the exit code. */
    static int execute(PrintStream out, PrintStream err, String... args) {
        // list the addresses in the system's order, as getaddrinfo gives them, not IPv4 first
        System.setProperty("java.net.preferIPv6Addresses", "system");
        DetailSocketCommand options = new DetailSocketCommand();
        CommandLine line = new CommandLine("DetailSocket", "socketlab.addressdetail.DetailSocket", args);
        List<String> positional = new ArrayList<>();
        return line.run(out, err, word -> {
            if (word.matches("--?[A-Za-z].*")) {
                throw line.unknown(word);
            }
            if (positional.size() == 2) {
                throw new IllegalArgumentException(line.text("usage.tooMany", word));
            }
            positional.add(word);
        }, () -> {
            options.host = positional.isEmpty() ? options.host : positional.get(0);
            options.service = positional.size() > 1 ? positional.get(1) : options.service;
            if (options.host.isBlank()) {
                throw new UnknownHostException(options.host);
            }
            DetailSocket.print(options, out);
        }, problem -> options.explain(line, problem));
    }

    /** The kinds of socket the services file offers for the service; an unknown service is an error. */
    List<SocketKind> socketKinds() throws IOException {
        Path services = servicesFile(System.getenv("SystemRoot"), System.getProperty("os.name", ""));
        Optional<List<SocketKind>> kinds = SocketKind.forService(service, services);
        if (kinds.isEmpty()) {
            throw Files.isReadable(services) ? new UnknownServiceException(service) : new NoServicesFileException(services);
        }
        return kinds.get();
    }

    /**
     * Where this system keeps its services file, as getservbyname reads it: Windows in
     * {@code %SystemRoot%\System32\drivers\etc\services} (Microsoft's TCP/IP documentation; Windows sets SystemRoot
     * for every process), Linux and macOS in {@code /etc/services} (services(5)).
     */
    static Path servicesFile(String systemRoot, String osName) {
        boolean windows = systemRoot != null && !systemRoot.isBlank() || osName.startsWith("Windows");
        return windows ? Path.of(systemRoot == null || systemRoot.isBlank() ? "C:\\Windows" : systemRoot,
                "System32", "drivers", "etc", "services") : Path.of("/etc/services");
    }

    private String explain(CommandLine line, Exception problem) {
        String key = problem instanceof UnknownHostException ? "error.unknownHost"
                : problem instanceof UnknownServiceException ? "error.unknownService"
                : problem instanceof NoServicesFileException ? "error.noServicesFile"
                : "error.io";
        return line.text(key, host, service, String.valueOf(problem.getMessage()));
    }

    /** A service name on a system whose services file is not where it should be: its message is that place. */
    private static final class NoServicesFileException extends IOException {
        private static final long serialVersionUID = 1L;

        NoServicesFileException(Path where) {
            super(where.toString());
        }
    }

    /** A service that is neither a port number nor a name in the services file. */
    private static final class UnknownServiceException extends IOException {
        private static final long serialVersionUID = 1L;

        UnknownServiceException(String service) {
            super(service);
        }
    }
}
