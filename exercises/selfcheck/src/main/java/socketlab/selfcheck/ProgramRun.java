package socketlab.selfcheck;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opentest4j.AssertionFailedError;

/**
 * A course program run on its own thread inside the test's JVM, for the quick self-checks: its printed
 * lines can be awaited, and its end gives the exit code. Every wait is bounded. When the program stops
 * at a stub, the waits report "not implemented yet" (see {@link NotImplementedYet}).
 */
public final class ProgramRun {
    /** How long any wait lasts at most. */
    public static final Duration LIMIT = Duration.ofSeconds(10);

    private final String name;
    private final Lines out = new Lines();
    private final Lines err = new Lines();
    private final CompletableFuture<Integer> exit;

    private ProgramRun(String name, Entry entry, String... args) {
        this.name = name;
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        this.exit = CompletableFuture.supplyAsync(() -> entry.execute(outStream, errStream, args),
                runnable -> {
                    Thread thread = new Thread(runnable, name);
                    thread.setDaemon(true);
                    thread.start();
                });
    }

    /** Starts the program; {@code name} is how failure messages call it. */
    public static ProgramRun start(String name, Entry entry, String... args) {
        return new ProgramRun(name, entry, args);
    }

    /** Waits for the first stdout line that starts with this prefix and returns it. */
    public String awaitLine(String prefix) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        synchronized (out) {
            while (true) {
                for (String line : out.lines) {
                    if (line.startsWith(prefix)) {
                        return line;
                    }
                }
                if (exit.isDone()) {
                    throw endedWithout("a line starting with \"" + prefix + "\"");
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionFailedError(name + " printed no line starting with \"" + prefix + "\" within "
                            + LIMIT.toSeconds() + " s; it printed: " + out.lines);
                }
                try {
                    out.wait(Math.min(50, Math.max(1, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionFailedError("interrupted while waiting for " + name);
                }
            }
        }
    }

    /** Waits for the program to end and returns its exit code. */
    public int awaitExit() {
        try {
            int code = exit.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
            stopIfStub();
            return code;
        } catch (TimeoutException e) {
            throw new AssertionFailedError(name + " did not end within " + LIMIT.toSeconds() + " s; it printed: " + out.lines);
        } catch (ExecutionException e) {
            throw new AssertionFailedError(name + " crashed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted while waiting for " + name);
        }
    }

    /** Whether the program has ended. */
    public boolean ended() {
        return exit.isDone();
    }

    /** The lines printed on stdout so far. */
    public List<String> out() {
        return out.snapshot();
    }

    /** The lines printed on stderr so far. */
    public List<String> err() {
        return err.snapshot();
    }

    private AssertionFailedError endedWithout(String what) {
        stopIfStub();
        return new AssertionFailedError(name + " ended (exit code " + exit.getNow(null) + ") before printing " + what
                + "; stdout: " + out.snapshot() + ", stderr: " + err.snapshot());
    }

    private void stopIfStub() {
        for (String line : err.snapshot()) {
            if (NotImplementedYet.isStubMessage(line)) {
                NotImplementedYet.stop(line);
            }
        }
    }

    /** Collects what a program prints, line by line. */
    private static final class Lines extends OutputStream {
        private final List<String> lines = new ArrayList<>();
        private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(partial.toString(StandardCharsets.UTF_8));
                partial.reset();
                notifyAll();
            } else {
                partial.write(b);
            }
        }

        synchronized List<String> snapshot() {
            return List.copyOf(lines);
        }
    }
}
