package socketlab.grader.harness.wire;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.harness.program.Probe;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.Conversation;
import socketlab.grader.harness.verdict.Verdict;

/** The hidden tests' own end of a connection: connecting, reading a message, sending in pieces. */
public final class Peer {
    /** The most bytes one message may have before reading stops. */
    static final int MAX_MESSAGE = 64 * 1024;

    private Peer() {
    }

    /**
     * Connects to the server program {@code server} at host:port. Where its sockets can be read, it must
     * listen there itself first: another program that happens to listen on that port never stands in for it.
     * A refused or silent connect is a verdict naming the address.
     */
    public static Socket connect(Run server, String host, int port) {
        return connect(server, null, host, port);
    }

    /** As {@link #connect(Run, String, int)}, from the local address {@code from} (a free port of it). */
    public static Socket connectFrom(Run server, String from, String host, int port) {
        return connect(server, from, host, port);
    }

    private static Socket connect(Run server, String from, String host, int port) {
        if (server.sockets().filter(own -> !own.accepts(Probe.address(host), port)).isPresent()) {
            throw Verdict.failed("could not connect to %s:%d: %s does not listen there",
                    "tidak bisa terhubung ke %s:%d: %s tidak listen di sana", host, port, server.name());
        }
        Socket socket = new Socket();
        try {
            if (from != null) {
                socket.bind(new InetSocketAddress(Probe.address(from), 0));
            }
            socket.connect(new InetSocketAddress(host, port), (int) Run.STEP.toMillis());
            socket.setSoTimeout((int) Run.STEP.toMillis());
            socket.setTcpNoDelay(true);
            Conversation.note("the test connected to %s:%d, from %s:%d", "tes terhubung ke %s:%d, dari %s:%d", host, port,
                    socket.getLocalAddress().getHostAddress(), socket.getLocalPort());
            Conversation.notePort(socket.getLocalPort());
            Conversation.notePort(port);
            return socket;
        } catch (ConnectException refused) {
            close(socket);
            throw Verdict.failed("could not connect to %s:%d: connection refused", "tidak bisa terhubung ke %s:%d: koneksi ditolak",
                    host, port);
        } catch (IOException e) {
            close(socket);
            throw Verdict.failed("could not connect to %s:%d: %s", "tidak bisa terhubung ke %s:%d: %s", host, port, e.getMessage());
        }
    }

    /** A port on 127.0.0.1 where nothing listens, held (bound, never listening) until closed, so nobody else takes it. */
    public static SocketChannel closedPort() {
        try {
            SocketChannel held = SocketChannel.open();
            held.bind(new InetSocketAddress("127.0.0.1", 0));
            Conversation.notePort(((InetSocketAddress) held.getLocalAddress()).getPort());
            return held;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one message: up to a newline, the end of the stream, a reset or {@link Run#STEP} of silence. */
    public static Received readMessage(Socket socket) {
        return read(socket, true, null);
    }

    /**
     * Reads until the bytes of {@code text} have come, whatever follows them (a newline or not, left unread), or a
     * newline, the end of the stream, a reset or {@link Run#STEP} of silence before: for a test whose subject is
     * not how that line ends, so a missing newline is charged only by the test about it.
     */
    public static Received readText(Socket socket, String text) {
        return read(socket, true, text.getBytes(UTF_8));
    }

    /** "ip:port" of the test's end of a connection, as the program sees it; read while it is open. */
    public static String addressOf(Socket socket) {
        return socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort();
    }

    /** Reads everything up to the end of the stream (or a reset, or {@link Run#STEP} of silence). */
    public static Received readUntilClosed(Socket socket) {
        return read(socket, false, null);
    }

    /** Receives as {@link #receive} does and notes what came, and how it ended, in the conversation. */
    private static Received read(Socket socket, boolean stopAtNewline, byte[] text) {
        Received received = receive(socket, stopAtNewline, text);
        Conversation.note(switch (received.ending()) {
            case NEWLINE -> Text.of("the test received %s", "tes menerima %s", Conversation.shown(with(received.bytes(), '\n')));
            case CLOSED -> Text.of("the test received %s, then the end of the connection", "tes menerima %s, lalu koneksi berakhir",
                    Conversation.shown(received.bytes()));
            case RESET -> Text.of("the test received %s, then a reset", "tes menerima %s, lalu reset", Conversation.shown(received.bytes()));
            case SILENT -> Text.of("the test received %s, then nothing for %d s", "tes menerima %s, lalu tidak ada apa-apa selama %d detik",
                    Conversation.shown(received.bytes()), Run.STEP.toSeconds());
            case TOO_LONG -> Text.of("the test received %d bytes without a newline: %s", "tes menerima %d byte tanpa baris baru: %s",
                    received.bytes().length, Conversation.shown(received.bytes()));
            case TEXT -> Text.of("the test received %s", "tes menerima %s", Conversation.shown(received.bytes()));
        });
        return received;
    }

    private static byte[] with(byte[] bytes, char last) {
        byte[] all = Arrays.copyOf(bytes, bytes.length + 1);
        all[bytes.length] = (byte) last;
        return all;
    }

    private static Received receive(Socket socket, boolean stopAtNewline, byte[] text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            InputStream in = socket.getInputStream();
            while (bytes.size() < MAX_MESSAGE) {
                if (text != null && Arrays.equals(bytes.toByteArray(), text)) {
                    return new Received(bytes.toByteArray(), Received.Ending.TEXT);
                }
                int b = in.read();
                if (b == -1) {
                    return new Received(bytes.toByteArray(), Received.Ending.CLOSED);
                }
                if (b == '\n' && stopAtNewline) {
                    return new Received(bytes.toByteArray(), Received.Ending.NEWLINE);
                }
                bytes.write(b);
            }
            return new Received(bytes.toByteArray(), Received.Ending.TOO_LONG);
        } catch (SocketTimeoutException silent) {
            return new Received(bytes.toByteArray(), Received.Ending.SILENT);
        } catch (SocketException reset) {
            return new Received(bytes.toByteArray(), Received.Ending.RESET);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the text as UTF-8 in pieces of {@code pieceSize} bytes, pausing between them (the pauses ARE the test). */
    public static void sendInPieces(Socket socket, String text, int pieceSize, Duration pause) {
        byte[] bytes = text.getBytes(UTF_8);
        Conversation.note(pieceSize >= bytes.length ? Text.of("the test sent %s", "tes mengirim %s", Conversation.shown(bytes))
                : Text.of("the test sent %s in pieces of %d bytes", "tes mengirim %s per %d byte", Conversation.shown(bytes), pieceSize));
        try {
            OutputStream out = socket.getOutputStream();
            for (int i = 0; i < bytes.length; i += pieceSize) {
                out.write(bytes, i, Math.min(pieceSize, bytes.length - i));
                out.flush();
                if (i + pieceSize < bytes.length) {
                    LockSupport.parkNanos(pause.toNanos());
                }
            }
        } catch (IOException e) {
            throw Verdict.failed("could not send \"%s\": %s", "tidak bisa mengirim \"%s\": %s", text.strip(), e.getMessage());
        }
    }

    /** Sends the text as UTF-8 at once. */
    public static void send(Socket socket, String text) {
        sendInPieces(socket, text, Integer.MAX_VALUE, Duration.ZERO);
    }

    /** Ends this side's output (a half close): the other side reads the end of the stream. */
    public static void finishSending(Socket socket) {
        Conversation.note("the test closed its side of the connection for sending (the other side reads its end)",
                "tes menutup sisi kirim koneksinya (pihak lain membaca akhirnya)");
        try {
            socket.shutdownOutput();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A listening socket on 127.0.0.1 and a free port, for tests of the client. */
    public static ServerSocket listen() {
        try {
            ServerSocket server = new ServerSocket(0, 4, InetAddress.getByName("127.0.0.1"));
            Conversation.notePort(server.getLocalPort());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Accepts the program's connection; if it does not come, says whether the program ended or hung. Where
     * the program's sockets can be read, a connection whose other end the living program does not hold is
     * someone else's: it is closed, and the wait goes on.
     */
    public static Socket accept(ServerSocket server, Run client) {
        long deadline = System.nanoTime() + Run.START.toNanos();
        try {
            server.setSoTimeout(100);
            while (true) {
                try {
                    Socket socket = server.accept();
                    if (!fromTheProgram(socket, client)) {
                        close(socket);
                        continue;
                    }
                    socket.setSoTimeout((int) Run.STEP.toMillis());
                    Conversation.note("%s connected to the test's server %s:%d, from %s:%d", "%s terhubung ke server tes %s:%d, dari %s:%d",
                            client.name(), server.getInetAddress().getHostAddress(), server.getLocalPort(),
                            socket.getInetAddress().getHostAddress(), socket.getPort());
                    return socket;
                } catch (SocketTimeoutException notYet) {
                    if (client.exitCodeNow().isPresent() || System.nanoTime() > deadline) {
                        throw neverConnected(client);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the program holds the other end of this connection (or has ended already, or cannot be asked). */
    private static boolean fromTheProgram(Socket socket, Run client) {
        InetSocketAddress other = (InetSocketAddress) socket.getRemoteSocketAddress();
        return client.sockets().map(own -> own.holdsConnectionFrom(other)).orElse(true) || client.exitCodeNow().isPresent();
    }

    private static Verdict neverConnected(Run client) {
        Optional<Integer> exit = client.exitCodeNow();
        if (exit.isEmpty()) {
            return new Verdict(Status.TIMED_OUT, Text.of("%s did not connect within %d s; %s",
                    "%s tidak terhubung dalam %d detik; %s", client.name(), Run.START.toSeconds(), client.printed()));
        }
        return client.endedInstead(exit.get(), new Text("without connecting", "tanpa terhubung"));
    }

    public static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to do for a socket that is gone
        }
    }
}
