package socketlab.grader.harness.wire;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.Conversation;
import socketlab.grader.harness.verdict.Verdict;
import socketlab.grader.launch.ProgramSockets;

/**
 * The hidden tests' end of a stream of framed messages (each a 4-byte big-endian length, then that many bytes):
 * framing, sending bytes cut where the test chooses, and reading a message with a bound on every wait. A piece
 * is sent only once the program has read the one before (its receive queue, in {@code /proc}, is empty), so each
 * read of the program returns that piece alone: the test, not the clock, decides where its reads end.
 */
public final class Frames {
    /** The length of a header. */
    public static final int HEADER = 4;

    private Frames() {
    }

    /** A message as it goes on the wire: the header, then the body. */
    public static byte[] framed(byte[] body) {
        return ByteBuffer.allocate(HEADER + body.length).putInt(body.length).put(body).array();
    }

    /** A header announcing {@code length} bytes, with no body. */
    public static byte[] header(int length) {
        return ByteBuffer.allocate(HEADER).putInt(length).array();
    }

    /** These messages, framed, one after another in one array (as one write sends them: one segment on loopback). */
    public static byte[] framed(byte[]... bodies) {
        ByteBuffer all = ByteBuffer.allocate(Arrays.stream(bodies).mapToInt(body -> HEADER + body.length).sum());
        for (byte[] body : bodies) {
            all.put(framed(body));
        }
        return all.array();
    }

    /** Sends the bytes in one write. */
    public static void send(Socket socket, byte[] bytes, Text what) {
        Conversation.note(Text.about(what, "the test sent {what}: %s", "tes mengirim {what}: %s", Conversation.shown(bytes)));
        write(socket, bytes, 0, bytes.length);
    }

    /**
     * Sends the bytes in pieces of {@code pieceSize}, each once {@code program} has read all of the one before (where
     * its sockets can be read, and {@link Run#STEP} at most: a program that stops reading gets the rest at once).
     */
    public static void sendInPieces(Run program, Socket socket, byte[] bytes, int pieceSize, Text what) {
        Conversation.note(Text.about(what, "the test sent {what} in pieces of %d bytes, each once %s had read the one before: %s",
                "tes mengirim {what} per %d byte, masing-masing setelah %s membaca potongan sebelumnya: %s",
                pieceSize, program.name(), Conversation.shown(bytes)));
        boolean inStep = true;
        for (int i = 0; i < bytes.length; i += pieceSize) {
            if (i > 0 && inStep) {
                inStep = awaitRead(program, socket);
            }
            write(socket, bytes, i, Math.min(pieceSize, bytes.length - i));
        }
    }

    /**
     * Sends the bytes in one write, then waits until {@code program} has read them all (where its sockets can be
     * read, and {@link Run#STEP} at most). Returns whether it has, and still runs and holds the connection: it is
     * then waiting for whatever comes next.
     */
    public static boolean sendAndAwaitRead(Run program, Socket socket, byte[] bytes, Text what) {
        Conversation.note(Text.about(what, "the test sent {what}, and waited until %s had read it: %s",
                "tes mengirim {what}, lalu menunggu sampai %s membacanya: %s", program.name(), Conversation.shown(bytes)));
        write(socket, bytes, 0, bytes.length);
        return awaitRead(program, socket) && program.exitCodeNow().isEmpty() && readAll(program, socket);
    }

    /**
     * Waits until the program has read everything this socket sent it; false if it has not within {@link Run#STEP}.
     * Everything has reached the program once this socket's send queue is empty (on loopback a byte is acknowledged
     * once it is in the program's receive queue), and it has read it all once, after that, it holds the connection
     * (it has accepted it) and its receive queue is empty.
     */
    static boolean awaitRead(Run program, Socket socket) {
        InetSocketAddress ours = (InetSocketAddress) socket.getLocalSocketAddress();
        long deadline = System.nanoTime() + Run.STEP.toNanos();
        while (System.nanoTime() - deadline < 0) {
            boolean delivered = ProgramSockets.unsentFrom(ours).map(unsent -> unsent == 0).orElse(true);
            if (delivered && readAll(program, socket) || program.exitCodeNow().isPresent()) {
                return true;
            }
            LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
        }
        return false;
    }

    /**
     * Whether the program holds the connection (it has accepted it) with nothing of it unread; where its sockets
     * cannot be read, nothing can be waited for, and it counts as read.
     */
    private static boolean readAll(Run program, Socket socket) {
        InetSocketAddress ours = (InetSocketAddress) socket.getLocalSocketAddress();
        return program.sockets().map(own -> own.unreadFrom(ours).equals(Optional.of(0L))).orElse(true);
    }

    /**
     * Reads one message sent by {@code program}: a header, then its body. The connection's end, a reset or
     * {@link Run#STEP} of silence before it is whole is a verdict that says how far it got; a header that announces
     * more than {@code most} bytes, too.
     */
    public static byte[] read(Run program, Socket socket, int most, Text what) {
        return read(program, socket, most, what, false);
    }

    /**
     * {@link #read(Run, Socket, int, Text)}, but a header whose length is too long read big-endian and fits read
     * little-endian is taken little-endian: for a test whose subject is not the header's byte order.
     */
    public static byte[] readEitherByteOrder(Run program, Socket socket, int most, Text what) {
        return read(program, socket, most, what, true);
    }

    private static byte[] read(Run program, Socket socket, int most, Text what, boolean eitherByteOrder) {
        DataInputStream in;
        try {
            in = new DataInputStream(socket.getInputStream());
        } catch (IOException e) {
            throw Verdict.failed("could not read from the connection: %s", "tidak bisa membaca dari koneksi: %s", e.getMessage());
        }
        byte[] header = new byte[HEADER];
        int got = readFully(in, header, what, program, -1);
        int length = ByteBuffer.wrap(header).getInt();
        int swapped = Integer.reverseBytes(length);
        if (eitherByteOrder && (length < 0 || length > most) && swapped >= 0 && swapped <= most) {
            Conversation.note("%s sent a header little-endian (%s): read so, since its byte order is another test's subject",
                    "%s mengirim header little-endian (%s): dibaca begitu, karena urutan byte-nya pokok tes lain", program.name(),
                    Conversation.shown(header));
            length = swapped;
        }
        if (length < 0 || length > most) {
            throw new Verdict(Status.FAILED, Text.about(what, "expected {what}; %s sent a header announcing %d bytes (%s)",
                    "diharapkan {what}; %s mengirim header yang mengumumkan %d byte (%s)", program.name(), length,
                    Conversation.shown(header)));
        }
        byte[] body = new byte[length];
        readFully(in, body, what, program, length);
        Conversation.note(Text.about(what, "the test received {what}: %d bytes, %s", "tes menerima {what}: %d byte, %s",
                length, Conversation.shown(Arrays.copyOf(body, Math.min(body.length, 80)))));
        return body;
    }

    private static int readFully(DataInputStream in, byte[] into, Text what, Run program, int announced) {
        int got = 0;
        try {
            while (got < into.length) {
                int n = in.read(into, got, into.length - got);
                if (n < 0) {
                    throw new EOFException();
                }
                got += n;
            }
            return got;
        } catch (SocketTimeoutException silent) {
            throw cut(what, program, got, announced, new Text("then nothing for " + Run.STEP.toSeconds() + " s",
                    "lalu tidak ada apa-apa selama " + Run.STEP.toSeconds() + " detik"));
        } catch (EOFException ended) {
            throw cut(what, program, got, announced, new Text("then the end of the connection", "lalu koneksi berakhir"));
        } catch (SocketException reset) {
            throw cut(what, program, got, announced, new Text("then a reset", "lalu reset"));
        } catch (IOException e) {
            throw cut(what, program, got, announced, Text.same(String.valueOf(e.getMessage())));
        }
    }

    /** The verdict on a message cut short, with how many of its bytes (header and body) came before it was cut. */
    public static final class Cut extends Verdict {
        private static final long serialVersionUID = 1L;
        private final int received;

        Cut(Text reason, int received) {
            super(Status.FAILED, reason);
            this.received = received;
        }

        /** How many bytes of the message came, its header's included: 0 when nothing of it came. */
        public int received() {
            return received;
        }
    }

    /** The verdict on a message cut short: {@code got} bytes of the header ({@code announced} -1) or of the body. */
    private static Verdict cut(Text what, Run program, int got, int announced, Text then) {
        Text received = announced < 0
                ? Text.of("%d of the 4 header bytes", "%d dari 4 byte header", got)
                : Text.of("%d of the %d bytes its header announced", "%d dari %d byte yang diumumkan header-nya", got, announced);
        return new Cut(new Text(
                String.format("expected %s from %s; the test received %s, %s", what.en(), program.name(), received.en(), then.en()),
                String.format("diharapkan %s dari %s; tes menerima %s, %s", what.id(), program.name(), received.id(), then.id())),
                announced < 0 ? got : HEADER + got);
    }

    private static void write(Socket socket, byte[] bytes, int offset, int length) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(bytes, offset, length);
            out.flush();
        } catch (IOException e) {
            throw Verdict.failed("could not send: %s", "tidak bisa mengirim: %s", e.getMessage());
        }
    }
}
