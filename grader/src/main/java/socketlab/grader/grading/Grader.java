package socketlab.grader.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import socketlab.grader.course.Exercise;
import socketlab.grader.docker.DockerEngine;
import socketlab.grader.docker.SandboxImage;
import socketlab.grader.harness.program.GradingContext;
import socketlab.grader.harness.program.HostsFile;
import socketlab.grader.launch.Launcher;
import socketlab.grader.launch.ProcessLauncher;
import socketlab.grader.launch.ProgramRuntime;
import socketlab.grader.quiz.Quiz;
import socketlab.grader.result.Scorecard;
import socketlab.grader.result.TestTraffic;
import socketlab.grader.submission.Build;
import socketlab.grader.submission.ExerciseCompiler;
import socketlab.grader.submission.Unzip;

/**
 * Grades one submission, a folder or a zip, as processes here: finds each exercise's sources, compiles each
 * exercise on its own, and runs the hidden tests against the programs as separate processes in a work folder,
 * as its {@link Settings} say.
 */
public final class Grader implements SubmissionGrader {
    private final Path kitExercises;
    private final Settings settings;

    /**
     * @param kitExercises the course's exercises/ folder, whose stubs give files a submission lacks
     * @param settings     tests at once, the time limit, which tests, how the programs start, coverage
     */
    public Grader(Path kitExercises, Settings settings) {
        this.kitExercises = kitExercises;
        this.settings = settings;
    }

    /** A submission unpacked and compiled, ready for its tests: where its files are, each exercise's build, when it began. */
    public record Prepared(Path folder, Map<Exercise, Build> builds, long startNanos) {
    }

    @Override
    public Scorecard grade(String label, Path submission, Path workFolder) throws IOException {
        return run(label, prepare(submission, workFolder), workFolder);
    }

    /** Unpacks the submission (a folder or a .zip) into {@code workFolder} if need be, and compiles each exercise there. */
    public Prepared prepare(Path submission, Path workFolder) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(workFolder);
        Path folder = Files.isDirectory(submission) ? submission : Unzip.into(submission, workFolder.resolve("submission"));
        return new Prepared(folder, new ExerciseCompiler().compileAll(folder, kitExercises, workFolder.resolve("build")), start);
    }

    /**
     * Runs the hidden tests the settings' scope names against the prepared submission's programs, and, unless only the
     * tests on other hosts are run, grades its quiz.
     */
    public Scorecard run(String label, Prepared prepared, Path workFolder) throws IOException {
        return run(label, prepared, workFolder, traffic -> { });
    }

    /**
     * As {@link #run(String, Prepared, Path)}, and hands {@code traffic} what of a capture each test's own is (its
     * windows and ports), once the tests have ended: for the capture container beside a sandbox.
     */
    public Scorecard run(String label, Prepared prepared, Path workFolder, Consumer<List<TestTraffic>> traffic) throws IOException {
        Files.createDirectories(workFolder);
        Optional<Settings.Programs> programs = settings.programs();
        Optional<Settings.Coverage> coverage = settings.coverage();
        Path runFolder = programs.isPresent() ? programs.get().folder() : Files.createDirectories(workFolder.resolve("run"));
        // with a coverage agent, programs end by SIGTERM so that the agent writes what it recorded
        Launcher launcher = new ProcessLauncher(runFolder, coverage.isPresent() ? ProcessLauncher.SHUTDOWN_GRACE : Duration.ZERO,
                programs.map(Settings.Programs::runAs).orElse(List.of()));
        // JaCoCo's agent needs java.instrument, which the programs' cut-down runtime leaves out
        Path java = programs.isPresent() ? programs.get().java() : coverage.isPresent() ? ProgramRuntime.fullJdkJava() : ProgramRuntime.java();
        GradingRun.Scope scope = settings.scope();
        Optional<String> hostImage = scope != GradingRun.Scope.THIS_HOST && DockerEngine.available()
                ? Optional.of(SandboxImage.ensure(workFolder.resolve("image"))) : Optional.empty();
        GradingContext context = new GradingContext(prepared.builds(), launcher, java, jvmOptions(workFolder), settings.timeLimit(),
                hostImage, Files.createDirectories(workFolder.resolve("inputs")));
        Scorecard card = new GradingRun(settings.testsAtOnce(), scope).grade(label, context,
                (System.nanoTime() - prepared.startNanos()) / 1_000_000);
        traffic.accept(context.traffic());
        return scope == GradingRun.Scope.OTHER_HOSTS ? card : card.with(QuizOutcomes.of(Quiz.course(), prepared.folder()));
    }

    private List<String> jvmOptions(Path workFolder) {
        List<String> options = new ArrayList<>(ProgramRuntime.JVM_OPTIONS);
        options.add("-Djdk.net.hosts.file=" + HostsFile.writeInto(workFolder));
        settings.programs().ifPresent(sandboxed -> options.add("-Djava.io.tmpdir=" + sandboxed.folder()));
        settings.coverage().ifPresent(jacoco -> options.add("-javaagent:" + jacoco.agentJar() + "=destfile=" + jacoco.execFile()
                + ",append=true,includes=socketlab.*"));
        return options;
    }
}
