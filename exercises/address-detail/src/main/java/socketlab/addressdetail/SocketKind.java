package socketlab.addressdetail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A socket type and protocol that an address-info entry offers for a service, with the port. Java has
 * no {@code getservbyname}, so {@link #forService} reads the services file as glibc's
 * {@code getaddrinfo} does: a numeric port is offered for TCP, UDP and raw sockets; a service name
 * only for the protocols its lines in {@code /etc/services} list.
 */
public record SocketKind(String type, String protocol, int port) {
    private static final Pattern NUMERIC = Pattern.compile("\\s*\\d+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /** glibc's table of protocols a named service can have: file protocol, socket type, protocol. */
    private static final String[][] NAMED = {
        {"tcp", "SOCK_STREAM", "IPPROTO_TCP"},
        {"udp", "SOCK_DGRAM", "IPPROTO_UDP"},
        {"dccp", "SOCK_DCCP", "IPPROTO_DCCP"},
        {"udplite", "SOCK_DGRAM", "IPPROTO_UDPLITE"},
        {"sctp", "SOCK_STREAM", "IPPROTO_SCTP"},
        {"sctp", "SOCK_SEQPACKET", "IPPROTO_SCTP"},
    };

    /**
     * The kinds of socket offered for a service, in glibc's order, or empty if the service is neither
     * a number nor a name in the services file.
     */
    public static Optional<List<SocketKind>> forService(String service, Path servicesFile) throws IOException {
        if (NUMERIC.matcher(service).matches()) {
            int port = portOf(service.strip());
            return Optional.of(List.of(new SocketKind("SOCK_STREAM", "IPPROTO_TCP", port),
                    new SocketKind("SOCK_DGRAM", "IPPROTO_UDP", port),
                    new SocketKind("SOCK_RAW", "IPPROTO_IP", port)));
        }
        List<String[]> entries = Files.isReadable(servicesFile) ? servicesNamed(service, servicesFile) : List.of();
        List<SocketKind> kinds = new ArrayList<>();
        for (String[] named : NAMED) {
            for (String[] entry : entries) {
                if (entry[1].equals(named[0])) {
                    kinds.add(new SocketKind(named[1], named[2], Integer.parseInt(entry[0])));
                    break;
                }
            }
        }
        return kinds.isEmpty() ? Optional.empty() : Optional.of(kinds);
    }

    /** A numeric service as glibc reads it: a decimal number, kept to 16 bits as the port field does. */
    private static int portOf(String digits) {
        String significant = digits.replaceFirst("^0+(?=.)", "");
        return significant.length() > 18 ? 0xFFFF : (int) (Long.parseLong(significant) & 0xFFFF);
    }

    /** The {port, protocol} pairs of the services file's lines whose name or alias is this service. */
    private static List<String[]> servicesNamed(String service, Path servicesFile) throws IOException {
        List<String[]> entries = new ArrayList<>();
        for (String line : Files.readAllLines(servicesFile)) {
            int comment = line.indexOf('#');
            String[] fields = BLANKS.split((comment < 0 ? line : line.substring(0, comment)).strip());
            if (fields.length < 2 || !fields[1].contains("/")) {
                continue;
            }
            for (int i = 0; i < fields.length; i++) {
                if (i != 1 && fields[i].equals(service)) {
                    entries.add(fields[1].split("/", 2));
                    break;
                }
            }
        }
        return entries;
    }
}
