package socketlab.given;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Given, not part of the exercise: what the course's servers share around their loop. The line that says why a
 * server failed (an unknown host, an address in use, a timeout, another failure of the network), and the stop on
 * SIGINT or SIGTERM: the signal closes what the server listens and talks on, which ends its loop with a closed
 * socket; {@link #serve} takes that end for done and says the server's last line; the signal lets the JVM end only
 * once that line is said (2 s at most), and an exit after the loop ended by itself leaves it nothing to do. The
 * course keeps one source of this file and copies it beside each server.
 */
final class ServerFrame {
    /** What a signal closes: the listening socket, and the clients' where there are some. */
    interface Sockets {
        void close() throws IOException;
    }

    /** The server's loop. */
    interface Loop {
        void run() throws IOException;
    }

    private final CountDownLatch ended = new CountDownLatch(1);
    private volatile boolean listening;
    private volatile boolean stopping;
    private volatile boolean endedCleanly;

    /**
     * The line that says why the server failed, from its messages: {@code error.unknownHost}, {@code error.bind} or
     * {@code error.io}, with {@code host:port} and the problem's message.
     */
    static String failure(CommandLine line, String host, int port, Exception problem) {
        return line.text(key(host, problem, false), host + ":" + port, String.valueOf(problem.getMessage()));
    }

    /**
     * As {@link #failure(CommandLine, String, int, Exception)}, for a server that waits {@code timeoutSeconds}: a timeout
     * is {@code error.timeout}.
     */
    static String failure(CommandLine line, String host, int port, int timeoutSeconds, Exception problem) {
        return line.text(key(host, problem, true), host + ":" + port, String.valueOf(problem.getMessage()), String.valueOf(timeoutSeconds));
    }

    private static String key(String host, Exception problem, boolean timesOut) {
        return problem instanceof UnknownHostException || new InetSocketAddress(host, 0).isUnresolved() ? "error.unknownHost"
                : problem instanceof BindException ? "error.bind"
                : timesOut && problem instanceof SocketTimeoutException ? "error.timeout"
                : "error.io";
    }

    /** Runs the loop: a socket a signal closed ends it as done; once the server has listened, {@code lastLine} is said. */
    void serve(Loop loop, Runnable lastLine) throws IOException {
        try {
            loop.run();
            endedCleanly = true;
        } catch (SocketException closed) {
            if (!stopping) {
                throw closed;
            }
            endedCleanly = true;
        } finally {
            if (listening) {
                lastLine.run();
            }
        }
    }

    /**
     * On SIGINT or SIGTERM: closes {@code sockets}, which ends the loop, and waits for the last line; from now on the
     * server listens.
     */
    void closeOnSignal(String program, Sockets sockets) {
        closeOnSignal(program, sockets, () -> { });
    }

    /** As {@link #closeOnSignal(String, Sockets)}, then runs {@code whenClean} if the loop has ended cleanly. */
    void closeOnSignal(String program, Sockets sockets, Runnable whenClean) {
        listening = true;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (ended.getCount() == 0) {
                return; // the loop ended first: the JVM exits with main's status, its other hooks run to their end
            }
            stopping = true;
            try {
                sockets.close();
                if (ended.await(2, TimeUnit.SECONDS) && endedCleanly) {
                    whenClean.run();
                }
            } catch (IOException | InterruptedException ignored) {
                // the JVM is ending anyway
            }
        }, program + "-stop"));
    }

    /** Says that how the program ended has been said (a stub's line too): only now may a signal's hook let the JVM end. */
    void ended() {
        ended.countDown();
    }
}
