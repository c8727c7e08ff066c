package socketlab.grader.hidden.framedserver;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.util.Arrays;
import java.util.zip.CRC32;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Expect;
import socketlab.grader.harness.Frames;
import socketlab.grader.harness.Peer;
import socketlab.grader.harness.Run;
import socketlab.grader.harness.Subject;

/** The test's client of one ServerPesanKu run: it connects, sends framed messages, and checks each answer and the file. */
final class PesanClient implements AutoCloseable {
    /** The file's size when the run does not set --file-bytes: ServerPesanKu's default, 1 MiB and one byte. */
    static final int DEFAULT_FILE = 1024 * 1024 + 1;
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

    /** Reads the next message and expects it to be the answer to {@code body}. */
    void expectAnswer(byte[] body, Text what) {
        String expected = answerTo(body);
        String answer = new String(Frames.read(run, socket, ANSWER_MOST, Text.about(what, "the answer to {what}", "jawaban untuk {what}")),
                US_ASCII);
        Expect.that(answer.equals(expected), Text.about(what, "the answer to {what} must be \"%s\" (its length and CRC32); it was \"%s\"",
                "jawaban untuk {what} harus \"%s\" (panjang dan CRC32-nya); ternyata \"%s\"", expected, answer));
    }

    /** Reads the next message and expects it to be the file of {@code size} bytes, every byte in its place. */
    void expectFile(int size) {
        byte[] file = Frames.read(run, socket, size + 1, Text.of("the file (%d bytes)", "berkas (%d byte)", size));
        Expect.that(file.length == size, "expected the file of %d bytes; its header announced %d",
                "diharapkan berkas %d byte; header-nya mengumumkan %d", size, file.length);
        byte[] expected = file(size);
        int first = Arrays.mismatch(file, expected);
        Expect.that(first < 0, "the file's bytes differ from byte %d on: expected %d, got %d (bytes dropped or sent twice?)",
                "byte berkas berbeda mulai byte ke-%d: diharapkan %d, ternyata %d (ada byte yang hilang atau terkirim dua kali?)",
                first, first < 0 ? 0 : expected[first], first < 0 ? 0 : file[first]);
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
