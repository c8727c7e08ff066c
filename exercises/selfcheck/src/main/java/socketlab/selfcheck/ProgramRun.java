package socketlab.selfcheck;

import static socketlab.selfcheck.Words.say;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.opentest4j.AssertionFailedError;

/**
 * A course program run on its own thread inside the test's JVM, for the quick self-checks: its printed
 * lines can be awaited, and its end gives the exit code. Every wait is bounded. A line ends at {@code \n} or
 * {@code \r\n} (what {@code println} writes on Windows), and neither is part of it. When the program stops at a
 * stub, the waits report "not implemented yet" (see {@link NotImplementedYet}); any other failure of a self-check
 * shows what its programs printed ({@link ProgramTranscripts}).
 */
public final class ProgramRun {
    /** How long any wait lasts at most. */
    public static final Duration LIMIT = Duration.ofSeconds(10);

    private static final List<ProgramRun> STARTED = new ArrayList<>();

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
        ProgramRun run = new ProgramRun(name, entry, args);
        synchronized (STARTED) {
            STARTED.add(run);
        }
        return run;
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
                    throw endedWithout(say("a line starting with \"" + prefix + "\"",
                            "baris yang diawali \"" + prefix + "\""));
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionFailedError(say(name + " printed no line starting with \"" + prefix + "\" within "
                            + LIMIT.toSeconds() + " s", name + " tidak mencetak baris yang diawali \"" + prefix + "\" dalam "
                            + LIMIT.toSeconds() + " detik"));
                }
                try {
                    out.wait(Math.min(50, Math.max(1, left / 1_000_000)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionFailedError(say("interrupted while waiting for ", "terputus saat menunggu ") + name);
                }
            }
        }
    }

    /**
     * Waits for the line "Listening on host:port" and returns its port; a line that ends in something else than a
     * port number fails the self-check, quoting the line.
     */
    public int awaitPort(String host) {
        String line = awaitLine("Listening on " + host + ":");
        String port = line.substring(line.lastIndexOf(':') + 1).strip();
        if (!port.matches("\\d{1,5}")) {
            throw new AssertionFailedError(say(name + " printed \"" + line + "\": after \"Listening on " + host
                    + ":\" comes the port number and nothing else", name + " mencetak \"" + line
                    + "\": setelah \"Listening on " + host + ":\" harus nomor port saja"));
        }
        return Integer.parseInt(port);
    }

    /** Waits for the program to end and returns its exit code. */
    public int awaitExit() {
        try {
            int code = exit.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
            stopIfStub();
            return code;
        } catch (TimeoutException e) {
            throw new AssertionFailedError(say(name + " did not end within " + LIMIT.toSeconds() + " s",
                    name + " tidak berhenti dalam " + LIMIT.toSeconds() + " detik"));
        } catch (ExecutionException e) {
            throw new AssertionFailedError(say(name + " crashed: ", name + " gagal total: ") + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError(say("interrupted while waiting for ", "terputus saat menunggu ") + name);
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

    /**
     * The stdout line at this index (0 is the first), once the program has printed it; a program that ended or
     * waited too long before it fails the self-check, saying how many lines it printed.
     */
    public String line(int index) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        synchronized (out) {
            while (out.lines.size() <= index && !exit.isDone() && System.nanoTime() < deadline) {
                try {
                    out.wait(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (out.lines.size() > index) {
                return out.lines.get(index);
            }
        }
        stopIfStub();
        throw new AssertionFailedError(say(name + " printed " + out.snapshot().size() + " line(s); line " + (index + 1)
                + " never came", name + " mencetak " + out.snapshot().size() + " baris; baris ke-" + (index + 1)
                + " tidak pernah ada"));
    }

    /** The lines printed on stderr so far. */
    public List<String> err() {
        return err.snapshot();
    }

    /** What the program printed, and how it ended, for a failure message: one line a printed line. */
    public String transcript() {
        Integer code = exit.isDone() && !exit.isCompletedExceptionally() ? exit.getNow(null) : null;
        StringBuilder text = new StringBuilder(code != null
                ? say(name + " ended with exit code " + code, name + " berhenti dengan kode keluar " + code)
                : exit.isDone() ? say(name + " crashed", name + " gagal total")
                : say(name + " was still running", name + " masih berjalan"));
        text.append(say("; what it printed:", "; yang dicetaknya:"));
        List<String> printed = out.snapshot();
        List<String> errors = err.snapshot();
        printed.forEach(line -> text.append("\n  out| ").append(line));
        errors.forEach(line -> text.append("\n  err| ").append(line));
        if (printed.isEmpty() && errors.isEmpty()) {
            text.append(say(" nothing", " tidak ada"));
        }
        return text.toString();
    }

    /** "PingKu ended with exit code 1: PingKu: Receive timed out", for a program that ended so; empty otherwise. */
    Optional<String> failure() {
        Integer code = exit.isDone() && !exit.isCompletedExceptionally() ? exit.getNow(null) : null;
        List<String> errors = err.snapshot();
        if (code == null || code == 0 || errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(say(name + " ended with exit code " + code + ": ", name + " berhenti dengan kode keluar " + code
                + ": ") + errors.get(0));
    }

    /** The programs started since {@link #forgetStarted()}, in the order they started. */
    static List<ProgramRun> started() {
        synchronized (STARTED) {
            return List.copyOf(STARTED);
        }
    }

    /** Forgets the programs started so far: a new self-check begins. */
    static void forgetStarted() {
        synchronized (STARTED) {
            STARTED.clear();
        }
    }

    /** The program's name, as failure messages call it. */
    String name() {
        return name;
    }

    private AssertionFailedError endedWithout(String what) {
        stopIfStub();
        return new AssertionFailedError(say(name + " ended (exit code " + exit.getNow(null) + ") before printing ",
                name + " berhenti (kode keluar " + exit.getNow(null) + ") sebelum mencetak ") + what);
    }

    private void stopIfStub() {
        for (String line : err.snapshot()) {
            if (NotImplementedYet.isStubMessage(line)) {
                NotImplementedYet.stop(line);
            }
        }
    }

    /** Collects what a program prints, line by line: a line ends at \n, and a \r before it is not part of it. */
    private static final class Lines extends OutputStream {
        private final List<String> lines = new ArrayList<>();
        private final ByteArrayOutputStream partial = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                String line = partial.toString(StandardCharsets.UTF_8);
                lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
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
