package socketlab.grader.harness.program;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import socketlab.grader.course.Exercise;
import socketlab.grader.docker.ProjectNetwork;
import socketlab.grader.docker.SandboxImage;
import socketlab.grader.harness.verdict.Verdict;
import socketlab.grader.launch.Folders;
import socketlab.grader.launch.Launcher;
import socketlab.grader.launch.Program;
import socketlab.grader.launch.ProgramRuntime;
import socketlab.grader.submission.Build;

/**
 * Hosts apart from the grader's for one hidden test ({@link socketlab.grader.harness.OnOtherHosts}): the submission's programs and the
 * grader's reference server and client, each in a container of its own on an internal Docker network of the
 * project's own, found by their container address or their network alias. Without a Docker engine the first
 * start skips the test, saying so, and nothing is counted passed. {@link #close()} removes it all.
 */
public final class Hosts implements AutoCloseable {
    /**
     * Networks at once in this JVM: each test's own, enough for one submission's tests on other hosts to run at
     * once, few enough that a busy engine starts them in time.
     */
    private static final Semaphore NETWORKS = new Semaphore(4);

    private final GradingContext context;
    private final List<Run> runs = new ArrayList<>();
    private final List<Path> copies = new ArrayList<>();
    private ProjectNetwork network;

    public Hosts(GradingContext context) {
        this.context = context;
    }

    /**
     * The submission's build of {@code exercise}, or the verdict that it did not compile or is missing: a test that
     * starts the grader's own peers before the submission's program asks this first, so that a submission that cannot
     * run is charged as such on every machine, with a Docker engine or without.
     */
    public Build.Compiled compiled(Exercise exercise) {
        Build build = context.build(exercise);
        if (!(build instanceof Build.Compiled compiled)) {
            throw Verdict.notBuilt(build);
        }
        return compiled;
    }

    /** Starts the submission's program of {@code exercise} on the host {@code alias}, with these arguments. */
    public Run start(Exercise exercise, String alias, String... args) {
        Build.Compiled compiled = compiled(exercise);
        Path classes = readableCopy(compiled.classes());
        return start(exercise.program(), host(alias, Map.of(classes, "/program")),
                Program.java(Path.of(SandboxImage.PROGRAM_JAVA), compiled.mainClass(), List.of(Path.of("/program")),
                        ProgramRuntime.JVM_OPTIONS), args);
    }

    /**
     * Starts capturing on the host {@code alias} before any program runs there (tcpdump, {@code filter} its filter),
     * and returns once it listens; the programs started on {@code alias} afterwards share its network. Skipped,
     * saying so, where the grader's machine has no tcpdump to put in the hosts' image.
     */
    public LiveCapture capture(String alias, String filter) {
        ProjectNetwork hostsNetwork = network();
        if (!SandboxImage.capturing()) {
            throw Verdict.skipped("no tcpdump on the grader's machine: this test captures a host's traffic with it",
                    "tidak ada tcpdump di mesin penilai: tes ini menangkap lalu lintas sebuah host dengannya");
        }
        Path file;
        try {
            Path folder = Files.createTempDirectory("socketlab-capture");
            copies.add(folder);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
            file = folder.resolve(alias + ".pcap");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for a capture", e);
        }
        LiveCapture capture;
        try {
            capture = new LiveCapture(hostsNetwork.capture(alias, file, filter), file);
        } catch (RuntimeException engine) {
            throw Verdict.skipped("the Docker engine could not start tcpdump's container (%s)",
                    "Docker engine tidak bisa menjalankan container tcpdump (%s)", engine.getMessage());
        }
        capture.awaitListening();
        return capture;
    }

    /** Starts the grader's reference server (ServerKu's conversation) on the host {@code alias}, for this many clients. */
    public Run startReferenceServer(String alias, int port, int clients) {
        return start(Peers.SERVER, host(alias, Map.of(Peers.classes(), "/peers")), peer(Peers.SERVER),
                String.valueOf(port), String.valueOf(clients));
    }

    /** Starts the grader's reference client (ClientKu's conversation, printing the address it connects from) on {@code alias}. */
    public Run startReferenceClient(String alias, String host, int port) {
        return start(Peers.CLIENT, host(alias, Map.of(Peers.classes(), "/peers")), peer(Peers.CLIENT), host, String.valueOf(port));
    }

    /** The runs started so far, for the stub check after the test. */
    public List<Run> runs() {
        synchronized (runs) {
            return List.copyOf(runs);
        }
    }

    @Override
    public void close() {
        runs().forEach(Run::close);
        if (network != null) {
            network.close();
            network = null;
            NETWORKS.release();
        }
        copies.forEach(Folders::deleteQuietly);
    }

    private Run start(String name, Launcher host, Program program, String... args) {
        try {
            Run run = new Run(name, host.start(program, List.of(args)), List.of(args));
            context.countStart();
            synchronized (runs) {
                runs.add(run);
            }
            return run;
        } catch (IOException | RuntimeException engine) {
            // nothing of the submission runs before its container has started: this is the engine's failure, not its
            throw Verdict.skipped("the Docker engine could not start a container for %s (%s)",
                    "Docker engine tidak bisa menjalankan container untuk %s (%s)", name, engine.getMessage());
        }
    }

    private Launcher host(String alias, Map<Path, String> mounts) {
        return network().host(alias, mounts);
    }

    private synchronized ProjectNetwork network() {
        if (network == null) {
            String image = context.hostImage().orElseThrow(() -> Verdict.skipped(
                    "no Docker engine: this test runs programs on hosts of their own, in containers",
                    "tidak ada Docker engine: tes ini menjalankan program di host tersendiri, di dalam container"));
            NETWORKS.acquireUninterruptibly();
            network = new ProjectNetwork(image);
        }
        return network;
    }

    private Path readableCopy(Path classes) {
        try {
            Path copy = Readable.copy(classes);
            copies.add(copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the program's classes for its container", e);
        }
    }

    private Program peer(String mainClass) {
        return Program.java(Path.of(SandboxImage.PROGRAM_JAVA), mainClass, List.of(Path.of("/peers")), ProgramRuntime.JVM_OPTIONS);
    }
}
