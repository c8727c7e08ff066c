package socketlab.grader.harness.program;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.Order;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Text;

/**
 * A submission's time limit, counted so that it gives the same result however busy the machine is: each
 * hidden test that times out costs {@link #PER_TIMEOUT}, and a test is not run once the tests before it, in
 * the course's fixed order, have timed out for the whole limit. Wall-clock time never counts, so the same
 * submission loses the same tests alone or in a busy batch. Tests run at once; one is skipped early only
 * when the tests before it that have ended already prove it would be skipped, and {@link #over} settles
 * the rest when all have ended (see the grading run).
 */
public final class Budget {
    /** What one timed-out test costs: about the time a test waits for a program that hangs. */
    public static final Duration PER_TIMEOUT = Duration.ofSeconds(10);

    private final Duration limit;
    private final NavigableSet<Position> timedOut = new ConcurrentSkipListSet<>();

    /**
     * A test's place in the course's fixed order: the tests of the same {@code @Order} of every exercise
     * (as the exercises' tests run side by side), then the next order.
     */
    public record Position(int order, int exercise) implements Comparable<Position> {
        private static final Comparator<Position> ORDER = Comparator.comparingInt(Position::order).thenComparingInt(Position::exercise);

        public static Position of(Method test) {
            Order order = test.getAnnotation(Order.class);
            return new Position(order == null ? Integer.MAX_VALUE : order.value(),
                    Exercise.ofHiddenTests(test.getDeclaringClass()).orElseThrow().ordinal());
        }

        @Override
        public int compareTo(Position other) {
            return ORDER.compare(this, other);
        }
    }

    /** A budget of {@code limit}; {@link Duration#ZERO} is no limit. */
    public Budget(Duration limit) {
        this.limit = limit;
    }

    public Duration limit() {
        return limit;
    }

    /** Records that the test at this position ran and timed out. */
    public void timedOut(Position position) {
        timedOut.add(position);
    }

    /** Whether the tests before this position that have ended already used up the limit. */
    public boolean spentBefore(Position position) {
        return spent(timedOut.headSet(position).size());
    }

    /**
     * Whether the test at {@code position} is over the limit, given the positions of all the tests that
     * ran and timed out: the final word, whatever order the tests ran in.
     */
    public boolean over(Position position, Collection<Position> allTimedOut) {
        return spent((int) allTimedOut.stream().filter(other -> other.compareTo(position) < 0).count());
    }

    /** Why a test was not run: the reason every such test gets. */
    public Text notRunReason() {
        return Text.of("not run: the tests before it timed out for this submission's whole limit of %d s (%d s each)",
                "tidak dijalankan: tes-tes sebelumnya melewati batas waktu sebanyak seluruh batas kiriman ini, %d detik (%d detik per tes)",
                limit.toSeconds(), PER_TIMEOUT.toSeconds());
    }

    private boolean spent(int timeouts) {
        return !limit.isZero() && PER_TIMEOUT.multipliedBy(timeouts).compareTo(limit) >= 0;
    }
}
