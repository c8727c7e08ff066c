package socketlab.otheraddresses;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Given, not part of the exercise: AlamatLain's table. One line per server (its address, the shared port, and
 * whether it listens), then one line per client (its own address, the address it aimed at, the result, which
 * server took it and the client address that server saw). Every cell is one word, so the table reads the
 * same to a person and to a script; a failure becomes a word that says which.
 */
final class Table {
    /** How long one accept waits on one server before trying the next. */
    static final int POLL_MILLIS = 20;

    private static final String SERVER_LINE = "%-24s %-6s %s%n";
    private static final String CLIENT_LINE = "%-24s %-24s %-13s %-24s %s%n";

    /** A server that listens: the address it was asked to bind, and its socket. */
    record Server(String address, ServerSocket socket) {
    }

    /** Which server accepted a client (the address it was asked to bind) and the client address it saw. */
    record Seen(String server, String peer) {
    }

    /** A client's attempt: connect, then find out which server took the connection (null: none of ours). */
    interface Attempt {
        Seen run() throws IOException;
    }

    private final PrintStream out;

    Table(PrintStream out) {
        this.out = out;
        out.printf(SERVER_LINE, "server", "port", "status");
    }

    /** A server that listens on address:port. */
    void listening(String address, int port) {
        out.printf(SERVER_LINE, address, port, "listening");
    }

    /** A server that could not bind or listen: in-use, not-local, unknown-host or failed. */
    void notListening(String address, int port, IOException failed) {
        out.printf(SERVER_LINE, address, port, failure(address, failed));
    }

    /** The header of the clients' part, after an empty line. */
    void clientsHeader() {
        out.println();
        out.printf(CLIENT_LINE, "from", "to", "result", "server", "peer");
    }

    /**
     * Runs one client's attempt and prints its line: connected (with the server and the peer it saw),
     * other-program (it connected, but none of our servers took it), or why it did not connect.
     */
    void client(String from, String to, int port, Attempt attempt) {
        String source = from == null ? "any" : from;
        if (port == 0) {
            out.printf(CLIENT_LINE, source, to, "no-server", "-", "-");
            return;
        }
        try {
            Seen seen = attempt.run();
            if (seen == null) {
                out.printf(CLIENT_LINE, source, to, "other-program", "-", "-");
            } else {
                out.printf(CLIENT_LINE, source, to, "connected", seen.server(), shortened(seen.peer()));
            }
        } catch (IOException failed) {
            String result = failed instanceof ConnectException && !(failed instanceof NoRouteToHostException)
                    && message(failed).contains("refused") ? "refused"
                    : failed instanceof SocketTimeoutException ? "timed-out"
                    : failed instanceof NoRouteToHostException || message(failed).contains("unreachable") ? "unreachable"
                    : failure(from != null && message(failed).contains("assign") ? from : to, failed);
            out.printf(CLIENT_LINE, source, to, result, "-", "-");
        }
    }

    /** The word for a failure to bind or to reach an address. */
    private static String failure(String address, IOException failed) {
        String message = message(failed);
        if (failed instanceof UnknownHostException || address != null && new InetSocketAddress(address, 0).isUnresolved()) {
            return "unknown-host";
        }
        if (failed instanceof BindException && message.contains("in use")) {
            return "in-use";
        }
        if (message.contains("assign")) {
            return "not-local";
        }
        return message.contains("family") || message.contains("protocol") ? "wrong-family" : "failed";
    }

    private static String message(IOException failed) {
        return String.valueOf(failed.getMessage()).toLowerCase(Locale.ROOT);
    }

    /** An IPv6 address in its shortest form (::1, not Java's 0:0:0:0:0:0:0:1), as Python and the ip command print it. */
    static String shortened(String address) {
        if (!address.contains(":") || address.contains("::")) {
            return address;
        }
        String[] groups = address.split(":");
        int longestStart = -1;
        int longest = 1;
        for (int start = 0; start < groups.length; start++) {
            int end = start;
            while (end < groups.length && groups[end].equals("0")) {
                end++;
            }
            if (end - start > longest) {
                longestStart = start;
                longest = end - start;
            }
        }
        if (longestStart < 0) {
            return address;
        }
        return String.join(":", Arrays.copyOfRange(groups, 0, longestStart)) + "::"
                + String.join(":", Arrays.copyOfRange(groups, longestStart + longest, groups.length));
    }
}
