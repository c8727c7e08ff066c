package socketlab.grader.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/** Starts each program as a local operating-system process, in a working folder of the caller's choice. */
public final class ProcessLauncher implements Launcher {
    /**
     * Where {@code setsid} exists (Linux), each program runs in a session and process group of its own,
     * so that whatever it starts can be killed with it, even after the program itself has ended.
     */
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final boolean SESSIONS = Files.isExecutable(SETSID)
            && Files.isExecutable(Path.of("/bin/kill"));


    /** A grace long enough for a JVM's shutdown hooks (a coverage agent's among them) to run. */
    public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(2);
    private final Path workingFolder;
    private final Duration grace;
    private final List<String> runAs;

    /** A launcher whose processes run in this folder and are killed at once when closed. */
    public ProcessLauncher(Path workingFolder) {
        this(workingFolder, Duration.ZERO);
    }

    /** A launcher whose processes run in this folder and, when closed, get SIGTERM and this long to end. */
    public ProcessLauncher(Path workingFolder, Duration grace) {
        this(workingFolder, grace, List.of());
    }

    /**
     * A launcher that starts each program through {@code runAs}, a command that runs the rest of its command
     * line with other rights (in the sandbox: limits, then another user), inside the program's own session.
     */
    public ProcessLauncher(Path workingFolder, Duration grace, List<String> runAs) {
        this.workingFolder = workingFolder;
        this.grace = grace;
        this.runAs = List.copyOf(runAs);
    }

    @Override
    public RunningProgram start(Program program, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        if (SESSIONS) {
            command.add(SETSID.toString());
        }
        command.addAll(runAs);
        command.addAll(program.command());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingFolder.toFile());
        builder.environment().putAll(program.environment());
        builder.redirectInput(program.standardInput().map(file -> ProcessBuilder.Redirect.from(file.toFile())).orElse(ProcessBuilder.Redirect.PIPE));
        StartGate.Place place = StartGate.SHARED.enter();
        try {
            return new RunningProcess(program.name(), builder.start(), grace, place);
        } catch (IOException | RuntimeException e) {
            place.leave();
            throw e;
        }
    }

    private static final class RunningProcess implements RunningProgram {
        private final Process process;
        private final LineCollector out;
        private final LineCollector err;
        private final Duration grace;
        private final StartGate.Place place;

        RunningProcess(String name, Process process, Duration grace, StartGate.Place place) {
            this.process = process;
            this.grace = grace;
            this.place = place;
            this.out = new LineCollector(process.getInputStream(), name + "-stdout");
            this.err = new LineCollector(process.getErrorStream(), name + "-stderr");
            place.leaveWhen(CompletableFuture.anyOf(out.firstLine, err.firstLine, process.onExit()));
            try {
                process.getOutputStream().close();
            } catch (IOException ignored) {
                // stdin is not used; a program that already ended has nothing to close
            }
        }

        @Override
        public Optional<String> awaitLine(Predicate<String> wanted, Duration limit) {
            return out.await(wanted, limit);
        }

        @Override
        public Optional<Integer> awaitExit(Duration limit) {
            try {
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    return Optional.empty();
                }
                // let the readers take the last lines the program printed before it ended
                out.await(line -> false, Duration.ofSeconds(2));
                err.await(line -> false, Duration.ofSeconds(2));
                return Optional.of(process.exitValue());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        @Override
        public boolean waiting() {
            return !process.isAlive() || ProgramThreads.allWaiting(process.toHandle());
        }

        @Override
        public void terminate() {
            // ProcessHandle, not Process.destroy(): the latter also closes the pipes, losing the last lines
            process.toHandle().destroy();
        }

        /**
         * The program is its process and the processes it started; once it has ended, the processes left in the
         * session setsid gave it (whose id is the program's own process id).
         */
        @Override
        public Optional<ProgramSockets> sockets() {
            if (process.isAlive()) {
                return ProgramSockets.ofProcessTree(process.pid());
            }
            return SESSIONS ? ProgramSockets.ofSession(process.pid()) : Optional.empty();
        }

        @Override
        public List<String> stdout() {
            return out.lines();
        }

        @Override
        public List<String> stderr() {
            return err.lines();
        }

        /**
         * Kills the program and everything it started; with a grace, first asks it to end (SIGTERM, so
         * that its shutdown hooks, such as a coverage agent's, run) and waits that long.
         */
        @Override
        public void close() {
            place.leave();
            List<ProcessHandle> started = process.descendants().toList();
            try {
                if (process.isAlive() && !grace.isZero()) {
                    process.toHandle().destroy();
                    process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
                }
                started.forEach(ProcessHandle::destroyForcibly);
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                killGroup();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }

        /** SIGSTOP, then waits (at most a second) until the kernel shows the process stopped. */
        @Override
        public void freeze() {
            signal("-STOP");
            long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (process.isAlive() && !stopped() && System.nanoTime() - deadline < 0) {
                LockSupport.parkNanos(Duration.ofMillis(1).toNanos());
            }
        }

        @Override
        public void thaw() {
            signal("-CONT");
        }

        private void signal(String which) {
            try {
                kill(which, String.valueOf(process.pid()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot signal " + process.pid() + " " + which, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Whether /proc shows the process stopped (state T); true where there is no /proc to ask. */
        private boolean stopped() {
            try {
                String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
                return stat.charAt(stat.lastIndexOf(')') + 2) == 'T';
            } catch (IOException | RuntimeException e) {
                return true;
            }
        }

        /** Kills what is left of the program's process group: children it started that outlived it. */
        private void killGroup() throws InterruptedException {
            if (!SESSIONS) {
                return;
            }
            try {
                kill("-KILL", "--", "-" + process.pid());
            } catch (IOException ignored) {
                // no kill command after all: the direct descendants were killed above
            }
        }

        /** Runs the system's kill command with these arguments and waits (at most 5 s) for it to end. */
        private static void kill(String... arguments) throws IOException, InterruptedException {
            List<String> command = new ArrayList<>(List.of("/bin/kill"));
            command.addAll(List.of(arguments));
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                    .waitFor(5, TimeUnit.SECONDS);
        }
    }
}
