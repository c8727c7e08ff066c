package socketlab.grader.harness.program;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.stream.Stream;
import socketlab.grader.course.ListeningLine;
import socketlab.grader.course.Status;
import socketlab.grader.course.Stub;
import socketlab.grader.course.Text;
import socketlab.grader.harness.verdict.Conversation;
import socketlab.grader.harness.verdict.NotJudged;
import socketlab.grader.harness.verdict.Verdict;
import socketlab.grader.launch.ProgramSockets;
import socketlab.grader.launch.RunningProgram;

/**
 * One started run of the program under test, with the waits the hidden tests need. Every wait is
 * bounded and ends in a {@link Verdict} that says, in protocol terms, what the program did instead.
 */
public final class Run implements AutoCloseable {
    /** How long a program may take to start and print its first line. */
    public static final Duration START = Duration.ofSeconds(10);
    /** How long a program may take to react to one step of a test. */
    public static final Duration STEP = Duration.ofSeconds(5);
    /**
     * A program's own {@code --timeout} (seconds) for tests whose step may wait out {@link #STEP}: six steps, so
     * that the test's wait, never the program's clock racing it, ends first (a program's default equals a step).
     */
    public static final String OUTLASTS_A_STEP = "30";
    private static final Text LISTENING = Text.same("\"Listening on <ip>:<port>\"");

    private final String name;
    private final RunningProgram program;
    private final List<String> args;
    /** Whether a test's step waited for the program's end and saw it ({@link #awaitExit}). */
    private volatile boolean endAwaited;
    /** The lines the test's transcript shows already. */
    private final Set<String> notedLines = ConcurrentHashMap.newKeySet();

    public Run(String name, RunningProgram program, List<String> args) {
        this.name = name;
        this.program = program;
        this.args = args;
    }

    /** Waits for the "Listening on <ip>:<port>" line and returns the line. */
    public String listeningLine() {
        String line = program.awaitLine(ListeningLine::is, START).orElseThrow(() -> {
            Verdict missing = missing(LISTENING, START);
            // a program that ended leaves nothing to connect to; a timeout stays one, to be retried
            return missing.status() == Status.TIMED_OUT ? missing : noPort(missing);
        });
        notePrinted(line);
        ListeningLine.port(line).ifPresent(Conversation::notePort);
        return line;
    }

    /** Notes in the test's transcript a line the program printed, the first time a step sees it. */
    private void notePrinted(String line) {
        if (notedLines.add(line)) {
            Conversation.note("%s printed %s", "%s mencetak %s", name, Conversation.shown(line));
        }
    }

    /**
     * Waits for the "Listening on" line and returns the port it names, once one of the program's own sockets
     * listens there: a port named but not bound is the program's mistake, whoever else may use that number.
     */
    public int listeningPort() {
        String line = listeningLine();
        int port = ListeningLine.port(line).orElseThrow(() -> noPort(Text.of("the line \"%s\" names no port after the last ':'",
                "baris \"%s\" tidak menyebut port setelah ':' terakhir", line)));
        if (port < 1 || port > 65535) {
            throw noPort(Text.of("with --port 0 the \"Listening on\" line must name the port the system chose, not %d",
                    "dengan --port 0 baris \"Listening on\" harus menyebut port yang dipilih sistem, bukan %d", port));
        }
        awaitOwnListeningSocket(line, port);
        return port;
    }

    /** A port line that gives no port to connect to: the test cannot go on, and says "not judged" unless the line is its subject. */
    private Verdict noPort(Text why) {
        return noPort(new Verdict(Status.FAILED, why));
    }

    private Verdict noPort(Verdict failure) {
        List<String> behaviours = Listening.behavioursOf(name);
        return behaviours.isEmpty() ? failure : NotJudged.because(failure, behaviours.toArray(String[]::new));
    }


    /**
     * Waits until one of the program's own sockets listens on the port its line names, or, for a UDP server, is bound
     * there (where sockets can be read).
     */
    private void awaitOwnListeningSocket(String line, int port) {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (true) {
            Optional<ProgramSockets> sockets = program.sockets();
            if (sockets.isEmpty() || sockets.get().listensOn(port) || sockets.get().receivesOn(port)) {
                return;
            }
            Optional<Integer> exit = exitCodeNow();
            if (exit.isPresent()) {
                throw endedInstead(exit.get(), new Text("with nothing of its own listening on port " + port,
                        "tanpa socket miliknya yang listen di port " + port));
            }
            if (System.nanoTime() - deadline > 0) {
                throw noPort(Text.of("%s printed \"%s\", but none of its own sockets listens on port %d; %s",
                        "%s mencetak \"%s\", tetapi tidak ada socket miliknya yang listen di port %d; %s", name, line, port, printed()));
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    /**
     * Whether the program's own processes accept connections to host:port now (a socket listening there or
     * on a wildcard address). Where the program's sockets cannot be read, whether a connection is accepted.
     */
    public boolean accepts(String host, int port) {
        Optional<ProgramSockets> sockets = program.sockets();
        if (sockets.isEmpty()) {
            return !Probe.refuses(host, port, STEP);
        }
        return sockets.get().accepts(Probe.address(host), port);
    }

    /**
     * Where the program's own processes still listen now ("" for nowhere): the listening and UDP sockets it holds, on any port.
     * Where they cannot be read, whether {@code host} still accepts connections at the port its line named.
     */
    public String stillListening(String host) {
        Optional<ProgramSockets> sockets = program.sockets();
        if (sockets.isPresent()) {
            return String.join(", ", Stream.concat(sockets.get().listening().stream(), sockets.get().datagram().stream())
                    .map(end -> end.address().getHostAddress() + ":" + end.port()).toList());
        }
        OptionalInt port = ListeningLine.port(listeningLine());
        return port.isPresent() && !Probe.refuses(host, port.getAsInt(), STEP) ? host + ":" + port.getAsInt() : "";
    }

    /**
     * Whether a datagram from {@code sender} came from the program: one of its own UDP sockets is bound there (where
     * sockets cannot be read, or once it has ended, it is taken for the program's).
     */
    public boolean sentFrom(InetSocketAddress sender) {
        return program.sockets().map(own -> own.holdsDatagramSocketAt(sender)).orElse(true) || exitCodeNow().isPresent();
    }

    /** Whether the program holds a connection whose other end is {@code peer} now (where its sockets cannot be read: taken as yes). */
    public boolean holdsConnectionWith(InetSocketAddress peer) {
        return program.sockets().map(own -> own.unreadFrom(peer).isPresent()).orElse(true);
    }

    /**
     * Waits until the program has nothing left to do on its own: every thread of it waits (for input, a connection,
     * a lock) three times in a row, 10 ms apart, or it has ended; {@link #STEP} at most. Returns whether it got
     * there: what it would do without the test's next step, it has done.
     */
    public boolean awaitQuiet() {
        long deadline = System.nanoTime() + STEP.toNanos();
        for (int quiet = 0; System.nanoTime() - deadline < 0; ) {
            if (program.awaitExit(Duration.ZERO).isPresent()) {
                return true;
            }
            quiet = program.waiting() ? quiet + 1 : 0;
            if (quiet == 3) {
                return true;
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        return false;
    }

    /** The program's own sockets now, where the launcher can read them. */
    public Optional<ProgramSockets> sockets() {
        return program.sockets();
    }

    /** Waits for a program that does one job and ends (its start-up included) and returns its exit code. */
    public int awaitEnd() {
        return awaitExit(START);
    }

    /** Waits for a stdout line that matches; {@code what} describes it for the failure reason. */
    public String awaitLine(Predicate<String> wanted, Text what) {
        String line = program.awaitLine(wanted, STEP).orElseThrow(() -> missing(what, STEP));
        notePrinted(line);
        return line;
    }

    /** Waits for the program to end and returns its exit code. */
    public int awaitExit(Duration limit) {
        Optional<Integer> exit = program.awaitExit(limit);
        endAwaited |= exit.isPresent();
        Conversation.noteOnce(exit.isPresent() ? Text.of("%s ended with exit code %d", "%s berhenti dengan kode keluar %d", name, exit.get())
                : Text.of("%s was still running after %d s", "%s masih berjalan setelah %d detik", name, limit.toSeconds()));
        return exit.orElseThrow(() -> new Verdict(Status.TIMED_OUT, Text.of(
                "%s was still running %d s after it should have ended", "%s masih berjalan %d detik setelah seharusnya selesai",
                name, limit.toSeconds())));
    }

    /**
     * The program's non-blank stderr lines, once one of them is {@code wanted} ({@link #STEP} at most): a program may say
     * it a little after the step that caused it.
     */
    public List<String> awaitErrorLines(Predicate<String> wanted) {
        long deadline = System.nanoTime() + STEP.toNanos();
        while (stderr().stream().noneMatch(wanted) && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        return stderr().stream().filter(line -> !line.isBlank()).toList();
    }

    /** Unless the program still runs, a verdict that it ended (a crash named by its cause) instead of doing {@code what}. */
    public void expectRunning(Text what) {
        expectNoEndWithin(Duration.ZERO, what);
    }

    /**
     * As {@link #expectRunning}, where the program may be ending (it failed to answer, a connection it held ended):
     * waits a step at most for its end, and an end is the verdict, so a crash is a crash however late the test saw it.
     */
    public void expectNotEnding(Text what) {
        expectNoEndWithin(STEP, what);
    }

    private void expectNoEndWithin(Duration limit, Text what) {
        Optional<Integer> exit = program.awaitExit(limit);
        if (exit.isPresent()) {
            throw endedInstead(exit.get(), what);
        }
    }

    /** The exit code if the program has ended by now. */
    public Optional<Integer> exitCodeNow() {
        return program.awaitExit(Duration.ZERO);
    }

    /** Sends SIGTERM. */
    public void terminate() {
        Conversation.note("sent %s SIGTERM", "mengirim SIGTERM ke %s", name);
        program.terminate();
    }

    /**
     * Does {@code action} while the program is stopped where it is (SIGSTOP, then SIGCONT): what the action's
     * peers do then, the program finds done when it goes on, however fast or slow it is.
     */
    public void whileFrozen(Runnable action) {
        program.freeze();
        Conversation.note("stopped %s where it was (SIGSTOP)", "menghentikan %s di tempatnya (SIGSTOP)", name);
        try {
            action.run();
        } finally {
            program.thaw();
            Conversation.note("let %s go on (SIGCONT)", "membiarkan %s lanjut (SIGCONT)", name);
        }
    }

    public List<String> stdout() {
        return program.stdout();
    }

    public List<String> stderr() {
        return program.stderr();
    }

    /**
     * "not implemented", if the program has ended at a stub: asked when a test has failed, once the program has
     * ended or waits (for input, a connection), whichever comes first ({@link #STEP} at most, for a program busy
     * on its own), so that how fast it got there does not matter. What a waiting program may reach later is not
     * what the test's steps needed.
     */
    public Optional<Verdict> endedAtStub() {
        if (endAwaited) {
            return Ending.atStub(stubMessage());
        }
        awaitQuiet();
        return program.awaitExit(Duration.ZERO).isPresent() ? Ending.atStub(stubMessage()) : Optional.empty();
    }

    /** "not implemented", if a test's step waited for the program's end and it ended at a stub: that step needed the stub. */
    public Optional<Verdict> awaitedEndAtStub() {
        return endAwaited ? Ending.atStub(stubMessage()) : Optional.empty();
    }

    /** The stub message the program printed, if it stopped at a stub. */
    public Optional<String> stubMessage() {
        return program.stderr().stream().filter(line -> line.contains(Stub.MARK)).findFirst();
    }

    /** The program's address on its own host's network (a container's); fails the test if it has none. */
    public String networkAddress() {
        return program.networkAddress().orElseThrow(() -> Verdict.failed("%s has no address on a network of its own",
                "%s tidak punya alamat di jaringan tersendiri", name));
    }

    /** A short quote of what the program printed, for failure reasons. */
    public String printed() {
        List<String> out = program.stdout();
        List<String> err = program.stderr();
        return "stdout " + Quote.lines(out) + (err.isEmpty() ? "" : ", stderr " + ErrorOutput.excerpt(err));
    }

    public String name() {
        return name;
    }

    public List<String> args() {
        return args;
    }

    @Override
    public void close() {
        program.close();
    }

    /** Why an expected line did not come: the program ended (how: {@link Ending}), or it printed something else. */
    private Verdict missing(Text what, Duration limit) {
        // the output may end a moment before the process is reaped: give it that moment
        Optional<Integer> exit = program.awaitExit(Duration.ofSeconds(1));
        if (exit.isEmpty()) {
            return new Verdict(Status.TIMED_OUT, Text.about(what, "%s printed no {what} within %d s; %s",
                    "%s tidak mencetak {what} dalam %d detik; %s", name, limit.toSeconds(), printed()));
        }
        return endedInstead(exit.get(), new Text("before printing " + what.en(), "sebelum mencetak " + what.id()));
    }

    /**
     * The verdict for this program, ended with {@code exit}, instead of doing {@code what} (see {@link Ending}): its stub,
     * the cause its stderr names (see {@link ErrorOutput}), or its exit code.
     */
    public Verdict endedInstead(int exit, Text what) {
        Optional<Text> cause = exit == 0 ? Optional.empty() : ErrorOutput.cause(program.stderr());
        return new Ending(name, exit, stubMessage(), cause, printed()).instead(what);
    }
}
