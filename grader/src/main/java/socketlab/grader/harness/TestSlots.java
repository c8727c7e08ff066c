package socketlab.grader.harness;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Bounds how many hidden tests run at once in this JVM, whatever the number of submissions and tests at
 * once a user asks for, so that the programs alive at once, and the queue at the programs' start, stay
 * small enough for every wait to hold. A test takes its slot before its own time starts.
 */
final class TestSlots {
    /** Eight tests per core: more than the fastest settings use (grader/bench/class.sh), so only a bigger setting waits. */
    static final TestSlots SHARED = new TestSlots(8 * Runtime.getRuntime().availableProcessors());

    private final Semaphore slots;

    TestSlots(int slots) {
        this.slots = new Semaphore(slots, true);
    }

    /** Waits for a slot. */
    Slot take() {
        slots.acquireUninterruptibly();
        return new Slot();
    }

    /** A test's slot, given back once. */
    final class Slot {
        private final AtomicBoolean given = new AtomicBoolean();

        void give() {
            if (given.compareAndSet(false, true)) {
                slots.release();
            }
        }
    }
}
