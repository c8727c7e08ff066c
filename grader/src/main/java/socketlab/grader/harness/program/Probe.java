package socketlab.grader.harness.program;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.time.Duration;

/** The tests' literal addresses, and the one probe of a port used where a program's own sockets cannot be read. */
public final class Probe {

    private Probe() {
    }

    /** A numeric address (the tests use literal addresses only, so nothing is looked up). */
    public static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an address: " + host, e);
        }
    }

    /** Whether a connection to host:port is refused now, asked for {@code limit} at most (where a program's sockets cannot be read). */
    static boolean refuses(String host, int port, Duration limit) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), (int) limit.toMillis());
            return false;
        } catch (ConnectException refused) {
            return true;
        } catch (IOException other) {
            return false;
        }
    }
}
