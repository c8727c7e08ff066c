package socketlab.grader.launch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The lines a program has printed on one stream so far, filled by whoever reads the stream, with bounded
 * waits for a line that matches or for the stream's end.
 */
public final class Lines {
    private final List<String> lines = new ArrayList<>();
    private boolean ended;

    /** One more line (without its newline). */
    public synchronized void add(String line) {
        lines.add(line);
        notifyAll();
    }

    /** No more lines will come: the stream ended, or what is kept of it is full. */
    public synchronized void end() {
        ended = true;
        notifyAll();
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    /** Waits until a line matches; empty if the stream ends or the time runs out first. */
    public synchronized Optional<String> await(Predicate<String> wanted, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < lines.size(); checked++) {
                if (wanted.test(lines.get(checked))) {
                    return Optional.of(lines.get(checked));
                }
            }
            long left = deadline - System.nanoTime();
            if (ended || left <= 0 || !waited(left)) {
                return Optional.empty();
            }
        }
    }

    /** Waits, at most {@code limit}, for the stream to end. */
    public synchronized void awaitEnd(Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        for (long left = limit.toNanos(); !ended && left > 0 && waited(left); left = deadline - System.nanoTime()) {
            // woken by a line or the end
        }
    }

    /** Waits for a change; false if interrupted (the interrupt is kept). */
    private boolean waited(long nanos) {
        try {
            wait(Math.max(1, nanos / 1_000_000));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
