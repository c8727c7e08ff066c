package socketlab.addressdetail;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * DetailSocket, the seed's {@code detailsocket.py} in Java: prints each address-info entry of a host and
 * a service (family, socket type, protocol, canonical name, socket address) as Python 3's
 * {@code socket.getaddrinfo} gives them.
 */
@Command(name = "DetailSocket", mixinStandardHelpOptions = true,
        version = "DetailSocket (socket-lab) 1.0", resourceBundle = "socketlab.addressdetail.DetailSocket")
public final class DetailSocket implements Callable<Integer> {
    static final Path SERVICES = Path.of("/etc/services");

    @Parameters(index = "0", defaultValue = "www.unmuhjember.ac.id", descriptionKey = "host")
    String host;

    @Parameters(index = "1", defaultValue = "http", descriptionKey = "service")
    String service;

    private final PrintStream out;

    private DetailSocket(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        // list the addresses in the system's order, as getaddrinfo gives them, not IPv4 first
        System.setProperty("java.net.preferIPv6Addresses", "system");
        System.exit(execute(System.out, System.err, args));
    }

    /** Runs DetailSocket with these arguments, printing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new DetailSocket(out));
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((problem, command, parsed) -> {
            err.println("DetailSocket: " + ((DetailSocket) command.getCommand()).explain(problem, cli));
            return problem instanceof UnsupportedOperationException ? 3 : 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        if (host.isBlank()) {
            throw new UnknownHostException(host);
        }
        // seed: for res in socket.getaddrinfo('www.unmuhjember.ac.id', 'http'):
        InetAddress[] addresses = resolve(host);
        List<SocketKind> kinds = SocketKind.forService(service, SERVICES)
                .orElseThrow(() -> new UnknownServiceException(service));
        for (InetAddress address : addresses) {
            for (SocketKind kind : kinds) {
                out.println("Family : " + familyOf(address));
                out.println("Type : " + kind.type());
                out.println("Protocol : " + kind.protocol());
                out.println("Canonical name: ");
                out.println("Socket address: " + PythonSocketAddress.of(address, kind.port()));
            }
        }
        return 0;
    }

    /** Looks up every address of the host: a name through the system's resolver, or a literal IP address. */
    static InetAddress[] resolve(String host) throws UnknownHostException {
        // seed: socket.getaddrinfo(host, ...) finds the host's addresses
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: look up all addresses"
                + " of the host (getaddrinfo)");
    }

    /** The address family's name, as Python's socket module calls it: AF_INET or AF_INET6. */
    static String familyOf(InetAddress address) {
        // seed: proto_fam[family]
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: tell AF_INET from AF_INET6"
                + " by the address's class");
    }

    private String explain(Exception problem, CommandLine cli) {
        if (problem instanceof UnsupportedOperationException) {
            StackTraceElement at = problem.getStackTrace()[0];
            return problem.getMessage() + " (" + at.getFileName() + ":" + at.getLineNumber() + ")";
        }
        String key = problem instanceof UnknownHostException ? "error.unknownHost"
                : problem instanceof UnknownServiceException ? "error.unknownService"
                : "error.io";
        return MessageFormat.format(cli.getResourceBundle().getString(key), host, service, problem.getMessage());
    }

    /** A service that is neither a port number nor a name in the services file. */
    private static final class UnknownServiceException extends IOException {
        private static final long serialVersionUID = 1L;

        UnknownServiceException(String service) {
            super(service);
        }
    }
}
