package socketlab.grader.launch;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds how many programs are starting at once in this JVM, whatever the number of submissions and tests
 * graded at once: a JVM's start-up is CPU-bound, and on a busy machine many starts at once make every one of
 * them late. A started program keeps its place until it prints its first line, ends, or has had
 * {@link #HOLD}. The wait for a place comes before the program starts, so it counts in none of the
 * program's own limits: they start with the program.
 */
final class StartGate {
    /** The longest a program keeps its place: as long as a test waits for a program's first line. */
    static final Duration HOLD = Duration.ofSeconds(10);
    /**
     * Two starts per core: a JVM's start is about half CPU and half waiting (class loading, the page cache),
     * so one per core left a core idle (grader/bench/class.sh), and even on a machine with one core kept busy
     * four starts at once take about a second each, a tenth of the start-up limit.
     */
    static final StartGate SHARED = new StartGate(2 * Runtime.getRuntime().availableProcessors());

    private final Semaphore places;

    StartGate(int places) {
        this.places = new Semaphore(Math.max(1, places), true);
    }

    /** Waits for a place; the caller starts its program, then calls {@link Place#leaveWhen}. */
    Place enter() throws InterruptedIOException {
        try {
            places.acquire();
            return new Place();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to start a program");
        }
    }

    /** How many programs could start now without waiting. */
    int freePlaces() {
        return places.availablePermits();
    }

    /** A program's place at the gate, given back once. */
    final class Place {
        private final AtomicBoolean left = new AtomicBoolean();

        /** Gives the place back when {@code started} is done, or after {@link #HOLD} at the latest. */
        void leaveWhen(CompletableFuture<?> started) {
            started.orTimeout(HOLD.toMillis(), TimeUnit.MILLISECONDS).whenComplete((done, late) -> leave());
        }

        /** Gives the place back now, if it was not given back before. */
        void leave() {
            if (left.compareAndSet(false, true)) {
                places.release();
            }
        }
    }
}
