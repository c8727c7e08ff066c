package socketlab.grader.sandbox;

import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Volume;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.testcontainers.containers.ContainerLaunchException;
import socketlab.grader.capture.TestCaptures;
import socketlab.grader.capture.TrafficFile;
import socketlab.grader.course.Problem;
import socketlab.grader.docker.HardenedContainer;
import socketlab.grader.docker.LoopbackCapture;
import socketlab.grader.docker.SandboxImage;
import socketlab.grader.grading.Grader;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.grading.Settings;
import socketlab.grader.grading.SubmissionGrader;
import socketlab.grader.launch.Folders;
import socketlab.grader.launch.Limits;
import socketlab.grader.report.ScorecardFile;
import socketlab.grader.result.Scorecard;
import socketlab.grader.submission.BuildsFile;
import socketlab.grader.submission.Unzip;

/**
 * Grades one submission in a container of its own ({@link SandboxContainer}), started and removed with
 * Testcontainers. Inside, the grader
 * runs as root (with a few capabilities, no new privileges) from a folder no one else can enter; the programs
 * run as the student's user, who can read nothing of the grader, the hidden tests, the solutions or other
 * submissions (none of them is there) and can write only its scratch folder. The scorecard comes out through
 * the grader's own result folder, which only root inside can write.
 */
public final class ContainerGrader implements SubmissionGrader {
    /** The grader's hidden command that the grader inside a sandbox runs. */
    public static final String INSIDE = "sandboxed";
    private static final Duration LIMIT = Duration.ofMinutes(20);
    private static final String SECRET = "/secret";
    private static final AtomicInteger NEXT = new AtomicInteger(new Random().nextInt(1_000_000));

    private final String image;
    private final Path kitExercises;
    private final Settings settings;
    private final boolean ipv6Loopback;
    private final Optional<GraderClassArchive> classArchive;

    /**
     * @param image        the sandbox's image ({@link SandboxImage#ensure})
     * @param kitExercises the course's exercises/ folder, whose stubs give files a submission lacks
     * @param settings     what the grader inside takes (tests at once, time limit, language) and the container's limits
     */
    public ContainerGrader(String image, Path kitExercises, Settings settings) {
        this(image, kitExercises, settings, true, Optional.empty());
    }

    private ContainerGrader(String image, Path kitExercises, Settings settings, boolean ipv6Loopback,
            Optional<GraderClassArchive> classArchive) {
        this.image = image;
        this.kitExercises = kitExercises;
        this.settings = settings;
        this.ipv6Loopback = ipv6Loopback;
        this.classArchive = classArchive;
    }

    /**
     * A grader like this one whose sandboxes have no IPv6 on their loopback: the tests that need {@code ::1} say
     * "skipped: no IPv6 loopback", as on a machine whose IPv6 is switched off.
     */
    public ContainerGrader withoutIpv6Loopback() {
        return new ContainerGrader(image, kitExercises, settings, false, classArchive);
    }

    /**
     * A grader like this one whose sandboxes share the grader's classes, archived by the first of them in {@code folder}
     * ({@link GraderClassArchive}): for a class, where many sandboxes start the same grader.
     */
    public ContainerGrader withClassArchiveIn(Path folder) throws IOException {
        return new ContainerGrader(image, kitExercises, settings, ipv6Loopback,
                Optional.of(GraderClassArchive.in(folder, image, GraderJar.locate())));
    }

    @Override
    public Scorecard grade(String label, Path submission, Path work) throws IOException {
        if (!Files.isDirectory(submission)) {
            Unzip.requireIntact(submission);
        }
        Path out = Files.createTempDirectory(Files.createDirectories(work), "sandbox-out-");
        GraderJar jar = GraderJar.locate();
        String inside = SECRET + "/submission" + (Files.isDirectory(submission) ? "" : ".zip");
        GraderClassArchive.Use classes = classArchive.isPresent() ? classArchive.get().next() : GraderClassArchive.Use.NONE;
        List<String> command = new ArrayList<>(List.of(SandboxImage.GRADER_JAVA, "-Xmx256m", "-XX:+UseSerialGC",
                "-D" + Limits.OUTPUT_LIMIT_PROPERTY + "=" + settings.limits().outputKiB(), "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        command.addAll(classes.options());
        command.addAll(List.of("-jar", SECRET + "/grader/grader.jar", INSIDE, inside,
                "--repository", SECRET + "/course", "--work", "/work", "--out", SECRET + "/out",
                "--student-uid", String.valueOf(nextUid())));
        command.addAll(settings.asOptions());
        // binds set on the container itself: Testcontainers' own binds first run a check that pulls an image
        List<Bind> binds = new ArrayList<>(List.of(
                new Bind(jar.jar().toString(), new Volume(SECRET + "/grader/grader.jar"), AccessMode.ro),
                new Bind(jar.libraries().toString(), new Volume(SECRET + "/grader/lib"), AccessMode.ro),
                new Bind(kitExercises.toAbsolutePath().toString(), new Volume(SECRET + "/course/exercises"), AccessMode.ro),
                new Bind(submission.toAbsolutePath().toString(), new Volume(inside), AccessMode.ro),
                new Bind(out.toString(), new Volume(SECRET + "/out"), AccessMode.rw)));
        binds.addAll(classes.binds());
        StringBuffer said = new StringBuffer();
        Path captureFolder = Files.createTempDirectory(work, "capture-");
        Files.setPosixFilePermissions(captureFolder, PosixFilePermissions.fromString("rwxrwxrwx"));
        Optional<LoopbackCapture> capture = LoopbackCapture.start(image, captureFolder, ipv6Loopback);
        try (HardenedContainer box = SandboxContainer.create(image, settings.limits(), binds, command, LIMIT, said, ipv6Loopback,
                capture.map(LoopbackCapture::containerId))) {
            try {
                box.start();
            } catch (ContainerLaunchException failed) {
                throw new Problem("sandbox.failed", label, lastLines(said.toString()) + " (" + rootCause(failed) + ")");
            }
            Scorecard sandboxed = ScorecardFile.read(out, label);
            Optional<Path> traffic = capture.flatMap(LoopbackCapture::stop);
            if (traffic.isPresent()) {
                sandboxed = TestCaptures.attach(sandboxed, TrafficFile.read(out), traffic.get(), Files.createTempDirectory(work, "captures-"));
            }
            return onOtherHosts(sandboxed, label, out, work);
        } finally {
            capture.ifPresent(LoopbackCapture::close);
            Folders.deleteQuietly(out);
            Folders.deleteQuietly(captureFolder);
            if (classArchive.isPresent()) {
                classArchive.get().ended(classes);
            }
        }
    }

    /**
     * The sandbox's scorecard with the tests on other hosts, which the grader inside cannot run (it has no Docker
     * engine): run out here on the classes the sandbox compiled ({@link BuildsFile}, never compiled again), their
     * programs in containers of their own too, joined by (exercise, test), then the time limit settled over all the
     * tests as one run would.
     */
    private Scorecard onOtherHosts(Scorecard inside, String label, Path out, Path work) throws IOException {
        Path hostsWork = Files.createTempDirectory(Files.createDirectories(work), "hosts-");
        try {
            Grader.Prepared built = new Grader.Prepared(hostsWork, BuildsFile.read(out, hostsWork.resolve("build")), System.nanoTime());
            Scorecard outside = new Grader(kitExercises, settings.withScope(GradingRun.Scope.OTHER_HOSTS)).run(label, built, hostsWork);
            return GradingRun.settled(inside.with(outside.outcomes()), settings.timeLimit());
        } finally {
            Folders.deleteQuietly(hostsWork);
        }
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
