package socketlab.grader.harness.verdict;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import socketlab.grader.course.Text;

/**
 * What happened in one hidden test, step by step and in both languages: the command it ran, what its peers
 * sent and received, what the programs printed, what it waited for. The harness notes each step into the
 * conversation of the test (or shared run) that the current thread plays; a failed test shows it below its
 * reason, cut to {@link #MAX_LINES} lines and {@link #MAX_CHARS} characters. Bytes are shown escaped
 * ({@code \n}, {@code \r}, {@code \t}, other control bytes and bytes that are not UTF-8 as {@code \xNN});
 * letters outside ASCII as the program sent them.
 */
public final class Conversation {
    /** The most lines a transcript shows. */
    static final int MAX_LINES = 40;
    /** The most characters a transcript shows, in each language. */
    static final int MAX_CHARS = 2048;
    /** The longest piece of data one step quotes. */
    private static final int MAX_QUOTE = 200;
    private static final ThreadLocal<Conversation> CURRENT = new ThreadLocal<>();

    private final List<Text> steps = new ArrayList<>();
    private final Set<Integer> ports = new TreeSet<>();
    private final long startedMicros = nowMicros();

    /** Runs {@code part} with its steps noted into {@code conversation}, on this thread. */
    public static <T> T recording(Conversation conversation, Supplier<T> part) {
        Conversation before = CURRENT.get();
        CURRENT.set(conversation);
        try {
            return part.get();
        } finally {
            restore(before);
        }
    }

    /** From now on, this thread's steps go into {@code conversation}; returns the one they went into before. */
    public static Conversation begin(Conversation conversation) {
        Conversation before = CURRENT.get();
        CURRENT.set(conversation);
        return before;
    }

    /** This thread's steps go back into {@code before} (none, if null). */
    public static void restore(Conversation before) {
        if (before == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(before);
        }
    }

    /** Notes a step into the conversation this thread plays, if any. */
    public static void note(String en, String id, Object... values) {
        note(Text.of(en, id, values));
    }

    /** Notes a step into the conversation this thread plays, if any. */
    public static void note(Text step) {
        Conversation conversation = CURRENT.get();
        if (conversation != null) {
            conversation.add(step);
        }
    }

    /** Notes a step into the conversation this thread plays, if any, unless it is the step noted last: a fact seen twice in a row is said once. */
    public static void noteOnce(Text step) {
        Conversation conversation = CURRENT.get();
        if (conversation != null) {
            conversation.addUnlessLast(step);
        }
    }

    /**
     * Notes a port the conversation this thread plays uses (one its program listens on, one a peer's socket is bound
     * to), if any: what of a capture of the machine's traffic is this conversation's.
     */
    public static void notePort(int port) {
        Conversation conversation = CURRENT.get();
        if (conversation != null) {
            conversation.addPort(port);
        }
    }

    private synchronized void addPort(int port) {
        ports.add(port);
    }

    /** The ports noted so far. */
    public synchronized Set<Integer> ports() {
        return Set.copyOf(ports);
    }

    /** When the conversation began, in microseconds since the epoch. */
    public long startedMicros() {
        return startedMicros;
    }

    /** Now, in microseconds since the epoch: the clock of a capture's records. */
    public static long nowMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    synchronized void add(Text step) {
        steps.add(step);
    }

    private synchronized void addUnlessLast(Text step) {
        if (steps.isEmpty() || !steps.get(steps.size() - 1).equals(step)) {
            steps.add(step);
        }
    }

    public synchronized List<Text> steps() {
        return List.copyOf(steps);
    }

    /**
     * The transcript of these steps, then the line that says where it went wrong ({@code reason}), cut to the
     * caps with a line that says so.
     */
    public static Text transcript(List<Text> steps, Text reason) {
        List<Text> lines = new ArrayList<>(steps);
        lines.add(new Text("✗ " + reason.en(), "✗ " + reason.id()));
        return new Text(capped(lines.stream().map(Text::en).toList(), "… cut"), capped(lines.stream().map(Text::id).toList(), "… dipotong"));
    }

    private static String capped(List<String> lines, String cut) {
        StringBuilder text = new StringBuilder();
        int shown = 0;
        for (String line : lines) {
            if (shown == MAX_LINES - 1 && lines.size() > MAX_LINES || text.length() + line.length() + 1 > MAX_CHARS) {
                return text.append(cut).toString();
            }
            text.append(line).append('\n');
            shown++;
        }
        return text.toString().stripTrailing();
    }

    /** The text as the transcript shows data: in quotes, escaped, shortened. */
    public static String shown(String text) {
        return shown(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes as the transcript shows data: in quotes, UTF-8 letters as they are, everything else escaped, shortened. */
    public static String shown(byte[] bytes) {
        StringBuilder shown = new StringBuilder("\"");
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        while (in.hasRemaining() && shown.length() < MAX_QUOTE) {
            CoderResult result = utf8.decode(in, out, true);
            out.flip();
            out.chars().forEach(c -> escape((char) c, shown));
            out.clear();
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    shown.append(String.format("\\x%02X", in.get() & 0xff));
                }
            }
            if (result.isUnderflow()) {
                break;
            }
        }
        if (shown.length() >= MAX_QUOTE) {
            shown.setLength(MAX_QUOTE);
            return shown + "…\"";
        }
        return shown.append('"').toString();
    }

    private static void escape(char c, StringBuilder into) {
        switch (c) {
            case '\n' -> into.append("\\n");
            case '\r' -> into.append("\\r");
            case '\t' -> into.append("\\t");
            case '\\' -> into.append("\\\\");
            case '"' -> into.append("\\\"");
            default -> {
                if (c < 0x20 || c == 0x7f) {
                    into.append(String.format("\\x%02X", (int) c));
                } else {
                    into.append(c);
                }
            }
        }
    }
}
