package socketlab.grader.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * The benchmarks' yardstick: a bare JVM that binds a loopback port, prints its "Listening on" line and exits,
 * as little as a socket program can do. Started as its own process by {@link Yardstick}.
 */
public final class BareJvm {

    private BareJvm() {
    }

    public static void main(String[] args) throws IOException {
        try (ServerSocket server = new ServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
            System.out.println("Listening on 127.0.0.1:" + server.getLocalPort());
        }
    }
}
