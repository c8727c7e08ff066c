package socketlab.grader.interop;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The grader's own hop between a client and a server on loopback, for one connection: the client connects here, the
 * relay connects to the server and copies the bytes each way, keeping them, so a meeting is judged on the wire (what
 * each side sent) and not on what either printed. The end of one side's stream is passed on as the end of the
 * relay's stream to the other side; a reset as a close.
 */
final class Relay implements AutoCloseable {
    /** The most bytes kept of one direction; more is passed on but not kept. */
    static final int KEPT = 64 * 1024;

    private final ServerSocket listening;
    private final InetSocketAddress server;
    private final Duration limit;
    private final Kept fromClient = new Kept();
    private final Kept fromServer = new Kept();
    private final CountDownLatch ended = new CountDownLatch(2);
    private volatile Socket client;
    private volatile Socket toServer;
    private volatile int sentinelPort = -1;
    private Socket sentinel;

    /** A relay on loopback to the server at {@code serverPort}, each read on it bounded by {@code limit}. */
    Relay(int serverPort, Duration limit) throws IOException {
        this.listening = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        this.server = new InetSocketAddress(InetAddress.getLoopbackAddress(), serverPort);
        this.limit = limit;
        start(this::relayOne);
    }

    /** The port the client connects to. */
    int port() {
        return listening.getLocalPort();
    }

    /**
     * Says the client has ended. If it never connected, the relay's own sentinel connection is accepted next (the queue of
     * connections to accept is first in, first out, so a connection the client made comes first), and the relay ends.
     */
    void clientEnded() throws IOException {
        if (client == null) {
            sentinel = new Socket();
            sentinel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            sentinelPort = sentinel.getLocalPort();
            sentinel.connect(listening.getLocalSocketAddress());
        }
    }

    /** Waits until both directions have ended (each side's stream or the connection itself); whether they did in time. */
    boolean awaitEnd(Duration wait) throws InterruptedException {
        return ended.await(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether a client connected at all. */
    boolean connected() {
        return client != null;
    }

    /** What the client sent, as far as kept. */
    byte[] sentByClient() {
        return fromClient.bytes();
    }

    /** What the server sent, as far as kept. */
    byte[] sentByServer() {
        return fromServer.bytes();
    }

    private void relayOne() {
        try {
            Socket accepted = listening.accept();
            if (accepted.getPort() == sentinelPort) {
                accepted.close();
                throw new IOException("the client never connected");
            }
            accepted.setSoTimeout((int) limit.toMillis());
            client = accepted;
            Socket outward = new Socket();
            outward.connect(server, (int) limit.toMillis());
            outward.setSoTimeout((int) limit.toMillis());
            toServer = outward;
            start(() -> copy(accepted, outward, fromClient));
            copy(outward, accepted, fromServer);
        } catch (IOException closedOrRefused) {
            while (ended.getCount() > 0) {
                ended.countDown();
            }
        }
    }

    private void copy(Socket from, Socket to, Kept kept) {
        byte[] buffer = new byte[8192];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                kept.add(buffer, n);
                out.write(buffer, 0, n);
            }
            to.shutdownOutput();
        } catch (IOException resetOrClosed) {
            closeQuietly(to);
        } finally {
            ended.countDown();
        }
    }

    @Override
    public void close() {
        closeQuietly(listening);
        closeQuietly(client);
        closeQuietly(toServer);
        closeQuietly(sentinel);
    }

    private static void start(Runnable work) {
        Thread thread = new Thread(work, "interop-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception alreadyGone) {
                // nothing more to close
            }
        }
    }

    /** The bytes of one direction, up to {@link #KEPT}. */
    private static final class Kept {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        synchronized void add(byte[] buffer, int n) {
            bytes.write(buffer, 0, Math.max(0, Math.min(n, KEPT - bytes.size())));
        }

        synchronized byte[] bytes() {
            return bytes.toByteArray();
        }
    }
}
