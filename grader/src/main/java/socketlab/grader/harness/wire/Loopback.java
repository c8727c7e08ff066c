package socketlab.grader.harness.wire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import socketlab.grader.harness.verdict.Verdict;

/**
 * Loopback addresses and ports for tests about addresses themselves, chosen so that no other program of a
 * grading can answer in the submission's place. {@link #block()} gives a /24 of 127.0.0.0/8 that no other test
 * of this grader uses (other tests use 127.0.0.x); {@link #guardedPort()} a port no IPv4 address can take while
 * it is held; {@link #requireIpv6()} skips a test, saying so, where {@code ::1} cannot be bound.
 */
public final class Loopback {
    private static final int FIRST_BLOCK = 64 << 8;
    private static final int BLOCKS = 64 << 8;
    private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(BLOCKS));

    private Loopback() {
    }

    /** A block of loopback addresses of this test's own: 127.X.Y.1 to 127.X.Y.254, X from 64 to 127. */
    public static Block block() {
        int block = FIRST_BLOCK + Math.floorMod(NEXT.getAndIncrement(), BLOCKS);
        return new Block("127." + (block >> 8) + "." + (block & 0xff) + ".");
    }

    /**
     * Holds a port that no IPv4 address can be bound to until {@link PortGuard#close()}: an IPv4 socket bound
     * to 0.0.0.0 without SO_REUSEADDR and never listening. A client aiming at any 127.x address on that port is
     * refused, whoever else runs on this machine; IPv6 addresses on the port stay free for the program.
     */
    public static PortGuard guardedPort() {
        try {
            SocketChannel guard = SocketChannel.open(StandardProtocolFamily.INET);
            guard.bind(new InetSocketAddress("0.0.0.0", 0));
            return new PortGuard(guard);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hold a port on 0.0.0.0", e);
        }
    }

    /**
     * The local address the kernel picks for a client that binds none and connects to {@code to} (on Linux,
     * 127.0.0.1 for every 127.x address): read from a datagram socket connected there, which sends nothing.
     */
    public static String kernelsChoiceFor(String to) {
        try (DatagramSocket probe = new DatagramSocket(null)) {
            probe.connect(new InetSocketAddress(to, 9));
            return probe.getLocalAddress().getHostAddress();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Skips the test, saying why, unless a socket can be bound to {@code ::1} here. */
    public static void requireIpv6() {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress("::1", 0));
        } catch (IOException | RuntimeException none) {
            throw Verdict.skipped("no IPv6 loopback (::1 cannot be bound here: %s)",
                    "tidak ada loopback IPv6 (::1 tidak bisa di-bind di sini: %s)", none.getMessage());
        }
    }

    /** A /24 of loopback addresses: {@link #at(int)} is the address ending in that number. */
    public record Block(String prefix) {
        public String at(int host) {
            return prefix + host;
        }
    }

    /** A port held for a test, released by {@link #close()}. */
    public static final class PortGuard implements AutoCloseable {
        private final SocketChannel socket;

        private PortGuard(SocketChannel socket) {
            this.socket = socket;
        }

        public int port() {
            try {
                return ((InetSocketAddress) socket.getLocalAddress()).getPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a socket that never connected
            }
        }
    }
}
