package socketlab.grader.launch;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A started program under test: its printed lines, its end, and the means to stop it. Every wait is
 * bounded; {@link #close()} kills the program and anything it started.
 */
public interface RunningProgram extends AutoCloseable {

    /** Waits until a stdout line matches; empty if the program ends or the time runs out first. */
    Optional<String> awaitLine(Predicate<String> wanted, Duration limit);

    /** Waits for the program to end; its exit code, or empty if it is still running after the limit. */
    Optional<Integer> awaitExit(Duration limit);

    /**
     * Whether the program is, right now, ended or waiting: none of its processes' threads is running or ready to run
     * (each sleeps, waiting for input, a connection or time, or is stopped). A program on its way to its end, at a
     * stub or not, is not waiting until it has ended. A launcher that cannot tell says true.
     */
    default boolean waiting() {
        return true;
    }

    /** Asks the program to stop, as SIGTERM does. */
    void terminate();

    /** The stdout lines printed so far. */
    List<String> stdout();

    /** The stderr lines printed so far. */
    List<String> stderr();

    /**
     * The TCP sockets the program's own processes hold now, to tell it apart from other programs on the
     * same port; empty where the launcher cannot tell (then tests fall back to connecting).
     */
    default Optional<ProgramSockets> sockets() {
        return Optional.empty();
    }

    /**
     * Stops the program where it is (as SIGSTOP does), for a test that must act while the program cannot, such
     * as clients that connect and reset before it accepts; {@link #thaw()} lets it go on. Returns once the
     * program is stopped. A launcher that cannot stop a program says so by throwing.
     */
    default void freeze() {
        throw new UnsupportedOperationException("this launcher cannot stop a program where it is");
    }

    /** Lets a program stopped by {@link #freeze()} go on (as SIGCONT does). */
    default void thaw() {
        throw new UnsupportedOperationException("this launcher cannot stop a program where it is");
    }

    /** The program's address on the network it runs in, when it runs on a host of its own (a container); else empty. */
    default Optional<String> networkAddress() {
        return Optional.empty();
    }

    /** Kills the program and its descendants, if still running. */
    @Override
    void close();
}
