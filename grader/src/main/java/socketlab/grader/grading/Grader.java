package socketlab.grader.grading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import socketlab.grader.course.Exercise;
import socketlab.grader.harness.GradingContext;
import socketlab.grader.harness.HostsFile;
import socketlab.grader.launch.Launcher;
import socketlab.grader.launch.ProcessLauncher;
import socketlab.grader.docker.DockerEngine;
import socketlab.grader.docker.SandboxImage;
import socketlab.grader.quiz.Quiz;
import socketlab.grader.launch.ProgramRuntime;
import socketlab.grader.submission.Build;
import socketlab.grader.submission.ExerciseCompiler;
import socketlab.grader.submission.Unzip;

/**
 * Grades one submission, a folder or a zip: finds each exercise's sources, compiles each exercise on its
 * own, and runs the hidden tests against the programs as separate processes in a work folder.
 */
public final class Grader {
    private final Path kitExercises;
    private final Path workFolder;
    private final int parallelism;
    private final Optional<Coverage> coverage;
    private Duration timeLimit = Duration.ZERO;
    private Optional<Programs> programs = Optional.empty();
    private GradingRun.Scope scope = GradingRun.Scope.EVERY_TEST;

    /**
     * How the programs start when the grader itself runs in a sandbox: on this {@code java}, in this folder
     * (their only writable one, also their temporary folder), each through {@code runAs} (limits, then the
     * student's user).
     */
    public record Programs(Path java, Path folder, List<String> runAs) {
    }

    /** Where the JaCoCo agent is and where it writes, to measure what the hidden tests exercise. */
    public record Coverage(Path agentJar, Path execFile) {
    }

    /**
     * @param kitExercises the course's exercises/ folder, whose stubs give files a submission lacks
     * @param workFolder   a folder of the grader's own for unpacking, compiling and running
     * @param parallelism  how many hidden tests run at once
     * @param coverage     the JaCoCo agent to run the programs with, if any
     */
    public Grader(Path kitExercises, Path workFolder, int parallelism, Optional<Coverage> coverage) {
        this.kitExercises = kitExercises;
        this.workFolder = workFolder;
        this.parallelism = parallelism;
        this.coverage = coverage;
    }

    /**
     * Limits the time the submission's hanging programs may cost, as {@link Budget} counts it (so that the
     * limit gives the same result however busy the machine is): once the tests before a test, in the course's
     * order, have timed out for the whole limit, it is not run but scored "timed out". {@link Duration#ZERO},
     * the default, is no limit.
     */
    public Grader withTimeLimit(Duration limit) {
        this.timeLimit = limit;
        return this;
    }

    /**
     * Grades only the hidden tests of {@code scope}: a grader in a sandbox grades those of this host, and the grader
     * outside those on other hosts; the quiz goes with this host's.
     */
    public Grader in(GradingRun.Scope scope) {
        this.scope = scope;
        return this;
    }

    /** Starts the programs as {@code programs} says, instead of as this user on the grader's runtimes. */
    public Grader withPrograms(Programs programs) {
        this.programs = Optional.of(programs);
        return this;
    }

    /** Grades the submission (a folder or a .zip); {@code label} names it in the reports. */
    public Scorecard grade(String label, Path submission) throws IOException {
        long start = System.nanoTime();
        Files.createDirectories(workFolder);
        Path folder = Files.isDirectory(submission) ? submission : Unzip.into(submission, workFolder.resolve("submission"));
        Map<Exercise, Build> builds = new ExerciseCompiler().compileAll(folder, kitExercises, workFolder.resolve("build"));
        Path runFolder = programs.isPresent() ? programs.get().folder() : Files.createDirectories(workFolder.resolve("run"));
        // with a coverage agent, programs end by SIGTERM so that the agent writes what it recorded
        Launcher launcher = new ProcessLauncher(runFolder, coverage.isPresent() ? ProcessLauncher.SHUTDOWN_GRACE : Duration.ZERO,
                programs.map(Programs::runAs).orElse(List.of()));
        // JaCoCo's agent needs java.instrument, which the programs' cut-down runtime leaves out
        Path java = programs.isPresent() ? programs.get().java() : coverage.isPresent() ? ProgramRuntime.fullJdkJava() : ProgramRuntime.java();
        GradingContext context = new GradingContext(builds, launcher, java, jvmOptions(), timeLimit);
        if (scope != GradingRun.Scope.THIS_HOST && DockerEngine.available()) {
            context.withHostImage(SandboxImage.ensure(workFolder.resolve("image")));
        }
        Scorecard card = new GradingRun(parallelism).in(scope).grade(label, context, (System.nanoTime() - start) / 1_000_000);
        return scope == GradingRun.Scope.OTHER_HOSTS ? card : card.with(QuizOutcomes.of(Quiz.course(), folder));
    }

    private List<String> jvmOptions() {
        List<String> options = new ArrayList<>(ProgramRuntime.JVM_OPTIONS);
        options.add("-Djdk.net.hosts.file=" + HostsFile.writeInto(workFolder));
        programs.ifPresent(sandboxed -> options.add("-Djava.io.tmpdir=" + sandboxed.folder()));
        coverage.ifPresent(jacoco -> options.add("-javaagent:" + jacoco.agentJar() + "=destfile=" + jacoco.execFile()
                + ",append=true,includes=socketlab.*"));
        return options;
    }
}
