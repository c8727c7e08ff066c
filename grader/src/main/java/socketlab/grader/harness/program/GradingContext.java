package socketlab.grader.harness.program;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import socketlab.grader.course.Exercise;
import socketlab.grader.launch.Launcher;
import socketlab.grader.result.TestTraffic;
import socketlab.grader.submission.Build;

/**
 * Everything the hidden tests of one grading run need: each exercise's build, how to start a program, the
 * {@code java} command and JVM options its programs get, the submission's time limit, and a count of the
 * programs started. A run hands it to its tests through the store of the JUnit launcher session it opens
 * ({@link socketlab.grader.harness.GradingSession}), so several runs grade at once in one JVM without any shared registry.
 */
public final class GradingContext {
    private final Map<Exercise, Build> builds;
    private final Launcher launcher;
    private final Path java;
    private final List<String> jvmOptions;
    private final AtomicInteger programsStarted = new AtomicInteger();
    private final Duration timeLimit;
    private final Optional<String> hostImage;
    private final Path inputs;
    private final List<TestTraffic> traffic = new ArrayList<>();

    /**
     * A context without the tests on other hosts' image: they are skipped. {@code timeLimit} is the submission's
     * limit as {@link Budget} counts it; {@link Duration#ZERO} is none.
     */
    public GradingContext(Map<Exercise, Build> builds, Launcher launcher, Path java, List<String> jvmOptions,
            Duration timeLimit) {
        this(builds, launcher, java, jvmOptions, timeLimit, Optional.empty(), Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * A context whose tests on other hosts start their containers from {@code hostImage} (where a Docker engine
     * answers); without it, they are skipped. {@code inputs} is a folder the programs can read, where tests put the
     * files they hand to a program (a capture for DetailPaket).
     */
    public GradingContext(Map<Exercise, Build> builds, Launcher launcher, Path java, List<String> jvmOptions,
            Duration timeLimit, Optional<String> hostImage, Path inputs) {
        this.hostImage = hostImage;
        this.inputs = inputs;
        this.java = java;
        this.timeLimit = timeLimit;
        this.builds = new EnumMap<>(Exercise.class);
        this.builds.putAll(builds);
        this.launcher = launcher;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** Notes what of a capture is a test's own, as the test ends (its last attempt's replaces an earlier one's). */
    public void noteTraffic(TestTraffic test) {
        synchronized (traffic) {
            traffic.removeIf(earlier -> earlier.exercise() == test.exercise() && earlier.test().equals(test.test()));
            traffic.add(test);
        }
    }

    /** What of a capture is each test's own, for the tests ended so far. */
    public List<TestTraffic> traffic() {
        synchronized (traffic) {
            return List.copyOf(traffic);
        }
    }

    public Build build(Exercise exercise) {
        return builds.getOrDefault(exercise, new Build.Missing(exercise));
    }

    /** The folder the programs can read, where tests put the files they hand to a program. */
    public Path inputs() {
        return inputs;
    }

    public Launcher launcher() {
        return launcher;
    }

    /** The {@code java} command the programs start with. */
    public Path java() {
        return java;
    }

    public List<String> jvmOptions() {
        return jvmOptions;
    }

    /** The image of the containers {@link Hosts} start; empty where no Docker engine answers. */
    public Optional<String> hostImage() {
        return hostImage;
    }

    /** A fresh budget of the submission's time limit, for one pass of the hidden tests. */
    public Budget newBudget() {
        return new Budget(timeLimit);
    }

    /** Counts one more program started; returns the count so far. */
    public int countStart() {
        return programsStarted.incrementAndGet();
    }

    public int programsStarted() {
        return programsStarted.get();
    }
}
