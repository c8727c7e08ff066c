package socketlab.grader.hidden.framedserver;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Expect;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.NotJudged;
import socketlab.grader.harness.verdict.Observed;
import socketlab.grader.harness.verdict.Verdict;
import socketlab.grader.harness.wire.Frames;
import socketlab.grader.harness.wire.Peer;

/** The test's client of one ServerPesanKu run: it connects, sends framed messages, and checks each answer and the file. */
final class PesanClient implements AutoCloseable {
    /** The file's size when the run does not set --file-bytes: ServerPesanKu's default, 1 MiB and one byte. */
    static final int DEFAULT_FILE = 1024 * 1024 + 1;
    /** The words of ServerPesanKu's Javadoc that say it reads a message and answers it: what most tests need first. */
    static final String[] ANSWERS = {"ServerPesanKu.readMessage: its header (the length, 4 bytes, big-endian)",
        "ServerPesanKu: The server answers each message with its length and CRC32 as text"};
    /** The words that say a message is sent whole, however little one send sends. */
    static final String[] SENDS_ALL = {"ServerPesanKu.sendAll: so send the rest until none is left"};
    /** The words that say a stream's end after a whole message is a clean end (then the file is sent). */
    static final String[] CLEAN_END = {"ServerPesanKu.readMessage: Returns null if the stream ended before a new message began",
        "ServerPesanKu.receiveInto: or fewer if the stream ended first"};
    /** An answer: "length crc". */
    private static final Pattern ANSWER = Pattern.compile("\\d+ [0-9a-f]{8}");
    /** The most bytes an answer ("length crc") may have. */
    private static final int ANSWER_MOST = 32;

    final Run run;
    final Socket socket;

    private PesanClient(Run run, Socket socket) {
        this.run = run;
        this.socket = socket;
    }

    /** Starts ServerPesanKu on --port 0 with these options and connects to it. */
    static PesanClient start(Subject serverPesanKu, String... options) {
        String[] args = new String[4 + options.length];
        System.arraycopy(new String[] {"--host", serverPesanKu.host(), "--port", "0"}, 0, args, 0, 4);
        System.arraycopy(options, 0, args, 4, options.length);
        Run run = serverPesanKu.start(args);
        return connect(serverPesanKu, run);
    }

    /** A new client of a run that is already listening. */
    static PesanClient connect(Subject serverPesanKu, Run run) {
        return new PesanClient(run, Peer.connect(run, serverPesanKu.host(), run.listeningPort()));
    }

    /** The answer ServerPesanKu owes a message: its length and CRC32, as "length crc" in 8 hex digits. */
    static String answerTo(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return body.length + " " + String.format("%08x", crc.getValue());
    }

    /**
     * Starts ServerPesanKu as {@link #start} does, and sends it one short message (one byte, in one write) whose answer
     * must come: what every test of a message's reading or of the file needs first. Without the answer the test cannot
     * judge its own subject.
     */
    static PesanClient startAnswered(Subject serverPesanKu, String... options) {
        PesanClient client = start(serverPesanKu, options);
        byte[] probe = "x".getBytes(US_ASCII);
        try {
            Frames.send(client.socket, Frames.framed(probe), Text.of("a first message of 1 byte", "pesan pertama 1 byte"));
            client.expectAnswer(probe, Text.of("a first message of 1 byte, in one write", "pesan pertama 1 byte, dalam satu write"));
        } catch (Frames.Cut cut) {
            client.close();
            // part of the answer came: ServerPesanKu read and answered the message, and stopped sending
            throw NotJudged.because(cut, cut.received() > 0 ? SENDS_ALL : ANSWERS);
        } catch (Verdict unanswered) {
            client.close();
            throw NotJudged.because(unanswered, ANSWERS);
        }
        return client;
    }

    /** Reads the next message and expects it to be the answer to {@code body}; its header may come in either byte order. */
    void expectAnswer(byte[] body, Text what) {
        expectAnswer(body, what, true);
    }

    /** {@link #expectAnswer}, its header big-endian as the contract says: for the one test whose subject that is. */
    void expectAnswerBigEndian(byte[] body, Text what) {
        expectAnswer(body, what, false);
    }

    private void expectAnswer(byte[] body, Text what, boolean eitherByteOrder) {
        String expected = answerTo(body);
        Text answerTo = Text.about(what, "the answer to {what}", "jawaban untuk {what}");
        String answer = new String(eitherByteOrder ? Frames.readEitherByteOrder(run, socket, ANSWER_MOST, answerTo)
                : Frames.read(run, socket, ANSWER_MOST, answerTo), US_ASCII);
        Expect.that(answer.equals(expected), Text.about(what, "the answer to {what} must be \"%s\" (its length and CRC32); it was \"%s\"",
                "jawaban untuk {what} harus \"%s\" (panjang dan CRC32-nya); ternyata \"%s\"", expected, answer));
    }

    /**
     * Reads the next message and expects it to be the file of {@code size} bytes, every byte in its place (its header in
     * either byte order). Where nothing of it came before the connection ended, ServerPesanKu did not take the test's end
     * after a whole message for a clean end, and a test about something else cannot judge its own subject.
     */
    void expectFile(int size) {
        Observed<byte[]> read = Observed.of(() -> Frames.readEitherByteOrder(run, socket, size + 1,
                Text.of("the file (%d bytes)", "berkas (%d byte)", size)));
        if (!read.ok() && nothingCameBeforeTheEnd()) {
            try {
                read.get();
            } catch (Verdict noFile) {
                throw NotJudged.because(noFile, CLEAN_END);
            }
        }
        byte[] file = read.get();
        if (file.length != size && ANSWER.matcher(new String(file, US_ASCII)).matches()) {
            throw new NotJudged(Text.of("expected the file (%d bytes) after the test's end; ServerPesanKu answered \"%s\" instead, as if the"
                    + " end were a message", "diharapkan berkas (%d byte) setelah akhir dari tes; ServerPesanKu malah menjawab \"%s\", seolah"
                    + " akhir itu sebuah pesan", size, new String(file, US_ASCII)), CLEAN_END);
        }
        Expect.that(file.length == size, "expected the file of %d bytes; its header announced %d",
                "diharapkan berkas %d byte; header-nya mengumumkan %d", size, file.length);
        byte[] expected = file(size);
        int first = Arrays.mismatch(file, expected);
        Expect.that(first < 0, "the file's bytes differ from byte %d on: expected %d, got %d (bytes dropped or sent twice?)",
                "byte berkas berbeda mulai byte ke-%d: diharapkan %d, ternyata %d (ada byte yang hilang atau terkirim dua kali?)",
                first, first < 0 ? 0 : expected[first], first < 0 ? 0 : file[first]);
    }

    /** Whether the connection has ended with nothing more from ServerPesanKu. */
    private boolean nothingCameBeforeTheEnd() {
        try {
            socket.setSoTimeout(10); // an end already seen reads as one at once; silence is no end
            return socket.getInputStream().read() < 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** The file ServerPesanKu sends: {@code size} bytes of a pattern that does not repeat within 64 KiB. */
    static byte[] file(int size) {
        byte[] file = new byte[size];
        for (int i = 0; i < size; i++) {
            file[i] = (byte) (i * 31 + i / 251);
        }
        return file;
    }

    /** Ends the test's side: after a whole message, ServerPesanKu then sends the file. */
    void finishSending() {
        Peer.finishSending(socket);
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
