package socketlab.grader.harness.verdict;

import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * One step of a shared run, as it turned out: what the test's peer observed, or the verdict the step
 * ended in. Each test that reads it gets the value, or a fresh copy of the verdict.
 */
public final class Observed<T> {
    private final T value;
    private final Verdict verdict;

    private Observed(T value, Verdict verdict) {
        this.value = value;
        this.verdict = verdict;
    }

    /** Takes the step now, keeping its verdict if it fails (a connection's I/O error is a failure too). */
    public static <T> Observed<T> of(Supplier<T> step) {
        try {
            return new Observed<>(step.get(), null);
        } catch (Verdict failed) {
            return new Observed<>(null, failed);
        } catch (UncheckedIOException broken) {
            return new Observed<>(null, Verdict.failed("the test's connection failed: %s", "koneksi tes gagal: %s",
                    broken.getCause().getMessage()));
        }
    }

    /** The value; if the step failed, its verdict. */
    public T get() {
        if (verdict != null) {
            throw verdict.withTranscript(verdict.transcript()); // a fresh throwable of the same kind for each test that reads it
        }
        return value;
    }

    /** Whether the step gave a value. */
    public boolean ok() {
        return verdict == null;
    }
}
