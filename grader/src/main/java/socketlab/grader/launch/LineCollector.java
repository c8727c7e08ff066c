package socketlab.grader.launch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/**
 * Reads a stream of a program's output into lines on a daemon thread, up to a fixed number of bytes.
 * Past that it stops reading, so a program that floods its output soon blocks on a full pipe, as it
 * would writing to a terminal nobody reads, instead of spending CPU time (its own and the grader's) until
 * it is killed. Callers wait for a line with a bound.
 */
final class LineCollector {
    static final int KEPT_BYTES = Math.max(1, Integer.getInteger(Limits.OUTPUT_LIMIT_PROPERTY, Limits.OUTPUT_KIB)) * 1024;

    private final Lines lines = new Lines();
    /** Done when the first line has come, or the stream has ended without one. */
    final CompletableFuture<Void> firstLine = new CompletableFuture<>();
    /** Written by the reading thread only. */
    private long keptBytes;

    LineCollector(InputStream stream, String threadName) {
        Thread reader = new Thread(() -> drain(stream), threadName);
        reader.setDaemon(true);
        reader.start();
    }

    List<String> lines() {
        return lines.lines();
    }

    Optional<String> await(Predicate<String> wanted, Duration limit) {
        return lines.await(wanted, limit);
    }

    /**
     * Reads lines until the stream ends or the cap is reached. At the cap the stream is left open and
     * unread: the program's next writes block, and the stream closes when the program is killed.
     */
    private void drain(InputStream stream) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; !full(line) && (n = stream.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        add(line);
                    } else if (!full(line)) {
                        line.write(buffer[i]);
                    }
                }
            }
            if (!full(line)) {
                stream.close();
            }
        } catch (IOException ignored) {
            // the program ended or was killed: what was read is kept
        } finally {
            if (line.size() > 0) {
                add(line);
            }
            lines.end();
            firstLine.complete(null);
        }
    }

    /** Whether the cap is reached; only the reading thread changes {@code keptBytes}. */
    private boolean full(ByteArrayOutputStream line) {
        return keptBytes + line.size() >= KEPT_BYTES;
    }

    private void add(ByteArrayOutputStream line) {
        if (keptBytes < KEPT_BYTES) {
            String text = line.toString(StandardCharsets.UTF_8);
            lines.add(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
            keptBytes += line.size() + 1;
            firstLine.complete(null);
        }
        line.reset();
    }
}
