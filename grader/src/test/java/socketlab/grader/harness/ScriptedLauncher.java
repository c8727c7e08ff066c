package socketlab.grader.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import socketlab.grader.launch.Launcher;
import socketlab.grader.launch.Program;
import socketlab.grader.launch.RunningProgram;

/**
 * A launcher that plays scripted programs instead of starting processes, for the harness's own tests. Time
 * is simulated: a wait for a line that never comes, or for an end that never comes, returns at once, as if
 * its limit had passed; so a test of a timeout takes no time.
 */
public final class ScriptedLauncher implements Launcher {
    private final Map<String, List<Script>> scripts = new HashMap<>();
    private final Map<String, AtomicInteger> starts = new HashMap<>();
    private final AtomicInteger started = new AtomicInteger();

    /** What one program prints and how it ends: {@code exit} empty is a program that runs until it is killed. */
    public record Script(List<String> stdout, List<String> stderr, Optional<Integer> exit) {

        /** A program that prints these lines and keeps running. */
        public static Script printing(String... lines) {
            return new Script(List.of(lines), List.of(), Optional.empty());
        }

        /** The same program, ending with this exit code after its output. */
        public Script thenExits(int code) {
            return new Script(stdout, stderr, Optional.of(code));
        }

        /** The same program, printing these lines to stderr too. */
        public Script onStderr(String... lines) {
            return new Script(stdout, List.of(lines), exit);
        }
    }

    /**
     * Plays these scripts, one per start, when the program {@code name} (a main class's simple name) is started;
     * the last one for every start after.
     */
    public synchronized ScriptedLauncher play(String name, Script... inTurn) {
        scripts.put(name, List.of(inTurn));
        starts.put(name, new AtomicInteger());
        return this;
    }

    /** How many programs were started. */
    public int started() {
        return started.get();
    }

    @Override
    public synchronized RunningProgram start(Program program, List<String> args) {
        List<Script> inTurn = scripts.get(program.name());
        if (inTurn == null) {
            throw new IllegalStateException("no script for " + program.name());
        }
        started.incrementAndGet();
        return new Played(inTurn.get(Math.min(starts.get(program.name()).getAndIncrement(), inTurn.size() - 1)));
    }

    /** A scripted program being played. */
    private static final class Played implements RunningProgram {
        private final Script script;
        private volatile boolean killed;

        Played(Script script) {
            this.script = script;
        }

        @Override
        public Optional<String> awaitLine(Predicate<String> wanted, Duration limit) {
            return script.stdout().stream().filter(wanted).findFirst();
        }

        @Override
        public Optional<Integer> awaitExit(Duration limit) {
            return killed ? Optional.of(137) : script.exit();
        }

        @Override
        public void terminate() {
            killed = true;
        }

        @Override
        public List<String> stdout() {
            return new ArrayList<>(script.stdout());
        }

        @Override
        public List<String> stderr() {
            return new ArrayList<>(script.stderr());
        }

        @Override
        public void close() {
            killed = true;
        }
    }
}
