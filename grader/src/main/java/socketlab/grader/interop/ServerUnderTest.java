package socketlab.grader.interop;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.locks.LockSupport;
import socketlab.grader.course.ListeningLine;
import socketlab.grader.course.Stub;
import socketlab.grader.launch.Launcher;
import socketlab.grader.launch.Program;
import socketlab.grader.launch.ProgramSockets;
import socketlab.grader.launch.RunningProgram;

/**
 * A server of the matrix, started once for the meetings it hosts: on loopback, on a port the system chooses, found by its
 * "Listening on" line and held by one of its own sockets (never another program that happens to use the number).
 */
final class ServerUnderTest implements AutoCloseable {
    private final RunningProgram program;
    private final int port;

    private ServerUnderTest(RunningProgram program, int port) {
        this.program = program;
        this.port = port;
    }

    /** Whether the server reached a method not written yet (its given code may listen before any is called). */
    boolean reachedAStub() {
        return program.stderr().stream().anyMatch(line -> line.contains(Stub.MARK));
    }

    /** Where the server listens. */
    int port() {
        return port;
    }

    /** The server started, or why it could not be met: a stub, or a program that printed no port of its own. */
    static Started start(Launcher launcher, Program server, Duration limit) throws IOException {
        List<String> args = server.name().endsWith(".py") ? List.of() : List.of("--host", "127.0.0.1", "--port", "0");
        RunningProgram program = launcher.start(server, args);
        long started = System.nanoTime();
        Optional<String> line = program.awaitLine(ListeningLine::is, limit);
        // no line before the limit: the program ended (its exit, and a stub's line on stderr, follow at once) or still runs
        boolean ended = line.isEmpty() && System.nanoTime() - started < limit.toNanos();
        OptionalInt port = line.map(ListeningLine::port).orElse(OptionalInt.empty());
        if (port.isPresent() && ownsPort(program, port.getAsInt(), limit)) {
            return new Started(Optional.of(new ServerUnderTest(program, port.getAsInt())), null);
        }
        Optional<Integer> exit = program.awaitExit(ended ? limit : Duration.ZERO);
        Judge.Ending ending = new Judge.Ending(exit, program.stdout(), program.stderr());
        program.close();
        if (ending.stub()) {
            return new Started(Optional.empty(), Judge.notWritten(server.name()));
        }
        if (line.isPresent()) {
            return new Started(Optional.empty(), Judge.Verdict.failed("%s printed \"%s\" but none of its own sockets is there",
                    "%s mencetak \"%s\" tetapi tidak ada socket miliknya di sana", server.name(), line.get()));
        }
        return new Started(Optional.empty(), Judge.Verdict.failed("%s did not print \"Listening on <ip>:<port>\" (exit code %s: %s)",
                "%s tidak mencetak \"Listening on <ip>:<port>\" (kode keluar %s: %s)", server.name(),
                exit.map(String::valueOf).orElse("-"), ending.firstError()));
    }

    /** A started server, or the verdict for each of its meetings. */
    record Started(Optional<ServerUnderTest> server, Judge.Verdict instead) {
    }


    /** Whether one of the program's own sockets listens (or, for UDP, is bound) on the port; where they cannot be read, yes. */
    private static boolean ownsPort(RunningProgram program, int port, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() - deadline < 0) {
            Optional<ProgramSockets> sockets = program.sockets();
            if (sockets.isEmpty() || sockets.get().listensOn(port) || sockets.get().receivesOn(port)) {
                return true;
            }
            if (program.awaitExit(Duration.ZERO).isPresent()) {
                return false;
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        return false;
    }

    @Override
    public void close() {
        program.close();
    }
}
