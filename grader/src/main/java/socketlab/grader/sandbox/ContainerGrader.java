package socketlab.grader.sandbox;

import socketlab.grader.launch.Folders;
import socketlab.grader.docker.SandboxImage;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Volume;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.GenericContainer;
import socketlab.grader.course.Problem;
import socketlab.grader.grading.Grader;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.grading.Scorecard;
import socketlab.grader.launch.ProcessLauncher;

/**
 * Grades one submission in a container of its own ({@link SandboxContainer}), started and removed with
 * Testcontainers. Inside, the grader
 * runs as root (with a few capabilities, no new privileges) from a folder no one else can enter; the programs
 * run as the student's user, who can read nothing of the grader, the hidden tests, the solutions or other
 * submissions (none of them is there) and can write only its scratch folder. The scorecard comes out through
 * the grader's own result folder, which only root inside can write.
 */
public final class ContainerGrader {
    private static final Duration LIMIT = Duration.ofMinutes(20);
    private static final String SECRET = "/secret";
    private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger(
            new java.util.Random().nextInt(1_000_000));

    private final String image;
    private final Path kitExercises;
    private final Path work;
    private final Limits limits;
    private final List<String> gradeOptions;
    private boolean ipv6Loopback = true;

    /**
     * @param image        the sandbox's image ({@link SandboxImage#ensure})
     * @param kitExercises the course's exercises/ folder, whose stubs give files a submission lacks
     * @param work         a folder of the grader's own on this machine, for the result folders
     * @param gradeOptions options for the grader inside ({@code --lang}, {@code --jobs}, {@code --time-limit}); the
     *                     limits it needs come from {@code limits}
     */
    public ContainerGrader(String image, Path kitExercises, Path work, Limits limits, List<String> gradeOptions) {
        this.image = image;
        this.kitExercises = kitExercises;
        this.work = work;
        this.limits = limits;
        this.gradeOptions = List.copyOf(gradeOptions);
    }

    /** The same grader, with another work folder (one per submission of a class). */
    public ContainerGrader in(Path otherWork) {
        return new ContainerGrader(image, kitExercises, otherWork, limits, gradeOptions).withIpv6Loopback(ipv6Loopback);
    }

    /**
     * Whether the sandbox's loopback has IPv6 (it has, by default): without it, the tests that need {@code ::1} say
     * "skipped: no IPv6 loopback", as on a machine whose IPv6 is switched off.
     */
    public ContainerGrader withIpv6Loopback(boolean on) {
        this.ipv6Loopback = on;
        return this;
    }

    /** Grades the submission (a folder or a .zip); {@code label} names it in the reports. */
    public Scorecard grade(String label, Path submission) throws IOException {
        Path out = Files.createTempDirectory(Files.createDirectories(work), "sandbox-out-");
        GraderJar jar = GraderJar.locate();
        String inside = SECRET + "/submission" + (Files.isDirectory(submission) ? "" : ".zip");
        List<String> command = new ArrayList<>(List.of(SandboxImage.GRADER_JAVA, "-Xmx256m", "-XX:+UseSerialGC",
                "-D" + ProcessLauncher.OUTPUT_LIMIT_PROPERTY + "=" + limits.outputKiB(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-jar", SECRET + "/grader/grader.jar", "grade", inside,
                "--repository", SECRET + "/course", "--work", "/work", "--out", SECRET + "/out", "--color", "never",
                "--sandboxed", "--student-uid", String.valueOf(nextUid()), "--process-limit", String.valueOf(limits.processes())));
        command.addAll(gradeOptions);
        // binds set on the container itself: Testcontainers' own binds first run a check that pulls an image
        List<Bind> binds = List.of(
                new Bind(jar.jar().toString(), new Volume(SECRET + "/grader/grader.jar"), AccessMode.ro),
                new Bind(jar.libraries().toString(), new Volume(SECRET + "/grader/lib"), AccessMode.ro),
                new Bind(kitExercises.toAbsolutePath().toString(), new Volume(SECRET + "/course/exercises"), AccessMode.ro),
                new Bind(submission.toAbsolutePath().toString(), new Volume(inside), AccessMode.ro),
                new Bind(out.toString(), new Volume(SECRET + "/out"), AccessMode.rw));
        StringBuffer said = new StringBuffer();
        try (GenericContainer<?> box = SandboxContainer.create(image, limits, binds, command, LIMIT, said, ipv6Loopback)) {
            try {
                box.start();
            } catch (ContainerLaunchException failed) {
                throw new Problem("sandbox.failed", label, lastLines(said.toString()) + " (" + rootCause(failed) + ")");
            }
            return onOtherHosts(ScorecardFile.read(out, label), label, submission);
        } finally {
            Folders.deleteQuietly(out);
        }
    }

    /**
     * The sandbox's scorecard with the tests on other hosts, which the grader inside cannot run (it has no Docker
     * engine): graded out here, where their programs run in containers of their own too, then the time limit
     * settled over all the tests as one run would.
     */
    private Scorecard onOtherHosts(Scorecard inside, String label, Path submission) throws IOException {
        Duration timeLimit = Duration.ofSeconds(Long.parseLong(option("--time-limit", "0")));
        Path hostsWork = Files.createTempDirectory(Files.createDirectories(work), "hosts-");
        try {
            Scorecard outside = new Grader(kitExercises, hostsWork, Integer.parseInt(option("--jobs", "8")), Optional.empty())
                    .in(GradingRun.Scope.OTHER_HOSTS).withTimeLimit(timeLimit).grade(label, submission);
            return GradingRun.settled(inside.with(outside.outcomes()), timeLimit);
        } finally {
            Folders.deleteQuietly(hostsWork);
        }
    }

    /** The value of one of the options given for the grader inside, or {@code otherwise}. */
    private String option(String name, String otherwise) {
        int at = gradeOptions.indexOf(name);
        return at >= 0 && at + 1 < gradeOptions.size() ? gradeOptions.get(at + 1) : otherwise;
    }

    /** A user of its own for each container, so that one submission's processes never count against another's limit. */
    private static int nextUid() {
        return SandboxImage.FIRST_UID + NEXT.getAndIncrement() % 1_000_000;
    }

    private static String lastLines(String said) {
        List<String> lines = said.lines().filter(line -> !line.isBlank()).toList();
        return lines.isEmpty() ? "(no output)" : String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    private static String rootCause(Throwable failed) {
        Throwable cause = failed;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** Where the grader's jar and its libraries are, to mount them into the sandbox. */
    record GraderJar(Path jar, Path libraries) {

        /** The jar this grader runs from, or the one {@code mvn package} made beside its classes. */
        static GraderJar locate() {
            try {
                Path code = Path.of(ContainerGrader.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                Path jar = Files.isDirectory(code) ? code.resolveSibling("grader.jar") : code;
                Path libraries = jar.resolveSibling("lib");
                if (!Files.isRegularFile(jar) || !Files.isDirectory(libraries)) {
                    throw new Problem("sandbox.noJar", jar);
                }
                return new GraderJar(jar, libraries);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
