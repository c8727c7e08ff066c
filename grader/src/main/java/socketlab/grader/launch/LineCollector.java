package socketlab.grader.launch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
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
    static final int KEPT_BYTES = Math.max(1, Integer.getInteger(ProcessLauncher.OUTPUT_LIMIT_PROPERTY, 1024)) * 1024;

    private final List<String> lines = new ArrayList<>();
    /** Done when the first line has come, or the stream has ended without one. */
    final CompletableFuture<Void> firstLine = new CompletableFuture<>();
    private long keptBytes;
    /** The stream ended, or the cap was reached: no more lines will come. */
    private boolean ended;

    LineCollector(InputStream stream, String threadName) {
        Thread reader = new Thread(() -> drain(stream), threadName);
        reader.setDaemon(true);
        reader.start();
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized Optional<String> await(Predicate<String> wanted, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < lines.size(); checked++) {
                if (wanted.test(lines.get(checked))) {
                    return Optional.of(lines.get(checked));
                }
            }
            long left = deadline - System.nanoTime();
            if (ended || left <= 0) {
                return Optional.empty();
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
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
            synchronized (this) {
                ended = true;
                notifyAll();
            }
            firstLine.complete(null);
        }
    }

    /** Whether the cap is reached; only the reading thread changes {@code keptBytes}. */
    private boolean full(ByteArrayOutputStream line) {
        return keptBytes + line.size() >= KEPT_BYTES;
    }

    private synchronized void add(ByteArrayOutputStream line) {
        if (keptBytes < KEPT_BYTES) {
            String text = line.toString(StandardCharsets.UTF_8);
            lines.add(text.endsWith("\r") ? text.substring(0, text.length() - 1) : text);
            keptBytes += line.size() + 1;
            notifyAll();
            firstLine.complete(null);
        }
        line.reset();
    }
}
