package socketlab.grader.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteOrder;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The TCP and UDP sockets that a program's own processes hold right now, read from Linux's {@code /proc}: how a
 * hidden test tells the submission's program apart from any other program that happens to use the same
 * port number (many run at once in a class). A running program is its process and the processes it started;
 * one that has ended, the processes left in the session its launcher gave it (children that outlived it).
 * For each connection it also reads, by the connection's other end, how many bytes the program has not read yet.
 */
public record ProgramSockets(List<Endpoint> listening, List<Endpoint> connected, List<Endpoint> datagram,
        Map<Endpoint, Long> unread) {
    private static final Path PROC = Path.of("/proc");
    private static final String LISTEN = "0A";
    private static final boolean SUPPORTED = Files.isReadable(PROC.resolve("self/net/tcp")) && Files.isReadable(PROC.resolve("self/stat"));

    /** One socket: its local address and port (for a connection, the program's end of it; for UDP, where it is bound). */
    public record Endpoint(InetAddress address, int port) {

        /** Whether this end accepts connections for {@code host}: bound to it exactly or to a wildcard address. */
        public boolean covers(InetAddress host) {
            return address.isAnyLocalAddress() || address.equals(host);
        }
    }

    public ProgramSockets {
        listening = List.copyOf(listening);
        connected = List.copyOf(connected);
        datagram = List.copyOf(datagram);
        unread = Map.copyOf(unread);
    }

    /** Whether reading {@code /proc} tells sessions and sockets apart on this machine (Linux); asked once. */
    public static boolean supported() {
        return SUPPORTED;
    }

    /** The sockets of every process in session {@code session}; empty where {@code /proc} cannot tell. */
    public static Optional<ProgramSockets> ofSession(long session) {
        return supported() ? Optional.of(ofProcesses(processesOf(session))) : Optional.empty();
    }

    /**
     * The sockets of process {@code pid} and its descendants, found through each thread's {@code children}
     * file: much cheaper than a walk of all processes, for a program that is still running.
     */
    public static Optional<ProgramSockets> ofProcessTree(long pid) {
        if (!supported()) {
            return Optional.empty();
        }
        List<Path> tree = new ArrayList<>();
        List<Path> next = new ArrayList<>(List.of(PROC.resolve(Long.toString(pid))));
        while (!next.isEmpty()) {
            Path process = next.remove(next.size() - 1);
            tree.add(process);
            next.addAll(childrenOf(process));
        }
        return Optional.of(ofProcesses(tree));
    }

    private static ProgramSockets ofProcesses(List<Path> processes) {
        Set<String> inodes = new HashSet<>();
        processes.forEach(process -> inodes.addAll(socketInodes(process)));
        List<Endpoint> listening = new ArrayList<>();
        List<Endpoint> connected = new ArrayList<>();
        List<Endpoint> datagram = new ArrayList<>();
        Map<Endpoint, Long> unread = new HashMap<>();
        if (!inodes.isEmpty()) {
            for (String table : List.of("self/net/tcp", "self/net/tcp6", "self/net/udp", "self/net/udp6")) {
                boolean udp = table.contains("udp");
                for (String row : lines(PROC.resolve(table))) {
                    String[] field = row.strip().split("\\s+");
                    if (field.length < 10 || !field[0].endsWith(":") || !inodes.contains(field[9])) {
                        continue;
                    }
                    Endpoint end = endpoint(field[1]);
                    (udp ? datagram : field[3].equals(LISTEN) ? listening : connected).add(end);
                    if (!udp && !field[3].equals(LISTEN)) {
                        // keyed by the other end, which tells apart the connections a server accepted on one port
                        unread.put(endpoint(field[2]), Long.parseLong(field[4].substring(field[4].indexOf(':') + 1), 16)); // tx_queue:rx_queue
                    }
                }
            }
        }
        return new ProgramSockets(listening, connected, datagram, unread);
    }

    /** Whether one of the program's sockets listens on {@code port}, on any address. */
    public boolean listensOn(int port) {
        return listening.stream().anyMatch(end -> end.port() == port);
    }

    /** Whether one of the program's UDP sockets is bound to {@code port}, on any address: it receives what is sent there. */
    public boolean receivesOn(int port) {
        return datagram.stream().anyMatch(end -> end.port() == port);
    }

    /** Whether one of the program's UDP sockets is bound where a datagram from {@code address} was sent: it sent it. */
    public boolean holdsDatagramSocketAt(InetSocketAddress address) {
        return datagram.stream().anyMatch(end -> end.port() == address.getPort() && end.covers(address.getAddress()));
    }

    /** Whether one of the program's sockets accepts connections made to {@code host:port}. */
    public boolean accepts(InetAddress host, int port) {
        return listening.stream().anyMatch(end -> end.port() == port && end.covers(host));
    }

    /** Whether the program holds the end {@code address} of a connection: it is the peer of whoever sees that address. */
    public boolean holdsConnectionFrom(InetSocketAddress address) {
        return connected.stream().anyMatch(end -> end.port() == address.getPort() && end.address().equals(address.getAddress()));
    }

    /**
     * How many bytes of what {@code peer} (the other end of one of its connections) sent the program has not
     * read yet: its receive queue; empty if it holds no connection to {@code peer}.
     */
    public Optional<Long> unreadFrom(InetSocketAddress address) {
        return Optional.ofNullable(unread.get(new Endpoint(address.getAddress(), address.getPort())));
    }

    /**
     * How many bytes this JVM's connection from {@code local} has sent that its peer has not yet received (its
     * send queue: unsent, or sent and not acknowledged); empty if there is no such connection or {@code /proc}
     * cannot be read. On loopback a byte is acknowledged once it is in the peer's receive queue.
     */
    public static Optional<Long> unsentFrom(InetSocketAddress local) {
        if (!supported()) {
            return Optional.empty();
        }
        for (String table : List.of("self/net/tcp", "self/net/tcp6")) {
            for (String row : lines(PROC.resolve(table))) {
                String[] field = row.trim().split("\\s+");
                if (field.length < 10 || !field[0].endsWith(":") || field[3].equals(LISTEN)) {
                    continue;
                }
                Endpoint end = endpoint(field[1]);
                if (end.port() == local.getPort() && end.address().equals(local.getAddress())) {
                    return Optional.of(Long.parseLong(field[4].substring(0, field[4].indexOf(':')), 16)); // tx_queue:rx_queue
                }
            }
        }
        return Optional.empty();
    }

    private static List<Path> processesOf(long session) {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> all = Files.newDirectoryStream(PROC, entry -> entry.getFileName().toString().chars()
                .allMatch(Character::isDigit))) {
            for (Path process : all) {
                if (sessionOf(process) == session) {
                    found.add(process);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static List<Path> childrenOf(Path process) {
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(process.resolve("task"))) {
            for (Path task : tasks) {
                for (String child : Files.readString(task.resolve("children")).trim().split("\\s+")) {
                    if (!child.isEmpty()) {
                        children.add(PROC.resolve(child));
                    }
                }
            }
        } catch (IOException | UncheckedIOException gone) {
            // the process or a thread ended while we looked
        }
        return children;
    }

    /** The session id in {@code /proc/<pid>/stat}: the fourth field after the command name's closing parenthesis. */
    private static long sessionOf(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] after = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(after[3]);
        } catch (IOException | RuntimeException gone) {
            return -1; // the process ended while we looked
        }
    }

    private static Set<String> socketInodes(Path process) {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException closed) {
                    // the descriptor was closed while we looked
                }
            }
        } catch (IOException | UncheckedIOException gone) {
            // the process ended while we looked
        }
        return inodes;
    }

    private static List<String> lines(Path table) {
        try {
            List<String> rows = Files.readAllLines(table);
            return rows.isEmpty() ? rows : rows.subList(1, rows.size());
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * An address as {@code /proc/net/tcp*} prints it: hex groups of 32 bits in the machine's byte order,
     * then the port in hex ("0100007F:1F90" is 127.0.0.1:8080 on a little-endian machine).
     */
    static Endpoint endpoint(String field) {
        int colon = field.indexOf(':');
        String hex = field.substring(0, colon);
        byte[] bytes = new byte[hex.length() / 2];
        for (int group = 0; group < hex.length() / 8; group++) {
            long word = Long.parseLong(hex.substring(group * 8, group * 8 + 8), 16);
            for (int i = 0; i < 4; i++) {
                int shift = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? 8 * i : 8 * (3 - i);
                bytes[group * 4 + i] = (byte) (word >>> shift);
            }
        }
        try {
            return new Endpoint(InetAddress.getByAddress(bytes), Integer.parseInt(field.substring(colon + 1), 16));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + field, e);
        }
    }
}
