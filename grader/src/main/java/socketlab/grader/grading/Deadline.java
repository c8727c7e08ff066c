package socketlab.grader.grading;

import java.time.Duration;

/** The moment a submission's grading must end by, and the limit it came from, to name in the verdict. */
public record Deadline(long endNanos, Duration limit) {

    /** The deadline {@code limit} from now. */
    public static Deadline after(Duration limit) {
        return new Deadline(System.nanoTime() + limit.toNanos(), limit);
    }

    /** Whether the deadline has passed. */
    public boolean passed() {
        return System.nanoTime() - endNanos >= 0;
    }
}
