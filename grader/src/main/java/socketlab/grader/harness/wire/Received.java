package socketlab.grader.harness.wire;

import java.nio.charset.StandardCharsets;
import socketlab.grader.course.Text;
import socketlab.grader.harness.program.Run;

/** What a test's socket received for one message, and how the message ended. */
public record Received(byte[] bytes, Ending ending) {

    /** How reading stopped. */
    public enum Ending {
        NEWLINE, CLOSED, RESET, SILENT, TOO_LONG,
        /** The whole text a test waited for came ({@link Peer#readText}); whatever follows it is left unread. */
        TEXT
    }

    /** The text without its newline. */
    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Whether this is exactly the line {@code expected}, ended by a newline. */
    public boolean isLine(String expected) {
        return ending == Ending.NEWLINE && text().equals(expected);
    }

    /** Whether this is the text {@code expected}, however it ended: read whole ({@link Peer#readText}), or ended by a newline or the stream's end. */
    public boolean hasText(String expected) {
        return (ending == Ending.TEXT || ending == Ending.NEWLINE || ending == Ending.CLOSED) && text().equals(expected);
    }

    /** Whether this is the text {@code expected}, ended by a newline or by the end of the stream. */
    public boolean isMessage(String expected) {
        return (ending == Ending.NEWLINE || ending == Ending.CLOSED) && text().equals(expected);
    }

    /** What arrived, in protocol terms: "received 0 bytes before the peer closed", and so on. */
    public Text describe() {
        String quoted = bytes.length == 0 ? "" : " \"" + shorten(text()) + "\"";
        Text count = Text.of("received %d bytes%s", "menerima %d byte%s", bytes.length, quoted);
        return switch (ending) {
            case NEWLINE -> count.then(Text.of("ended by a newline", "diakhiri baris baru"));
            case CLOSED -> count.then(Text.of("then the other side closed the connection", "lalu pihak lain menutup koneksi"));
            case RESET -> count.then(Text.of("then the connection was reset", "lalu koneksi di-reset"));
            case SILENT -> count.then(Text.of("then nothing more for %d s", "lalu tidak ada apa-apa lagi selama %d detik",
                    Run.STEP.toSeconds()));
            case TOO_LONG -> count.then(Text.of("without a newline", "tanpa baris baru"));
            case TEXT -> count.then(Text.of("the whole text waited for", "seluruh teks yang ditunggu"));
        };
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
