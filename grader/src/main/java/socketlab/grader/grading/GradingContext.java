package socketlab.grader.grading;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import socketlab.grader.launch.Launcher;
import socketlab.grader.submission.Build;
import socketlab.grader.submission.Exercise;

/**
 * Everything the hidden tests of one grading run need: each exercise's build, how to start a program,
 * the {@code java} command and JVM options its programs get, the time limit, and a count of the programs started. A run registers
 * its context under an id that it passes to JUnit as a configuration parameter, so that several runs
 * can grade at once in one JVM.
 */
public final class GradingContext {
    /** The JUnit configuration parameter that names the run's context. */
    public static final String PARAMETER = "socketlab.grading.context";

    private static final Map<String, GradingContext> REGISTERED = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT_ID = new AtomicLong();

    private final Map<Exercise, Build> builds;
    private final Launcher launcher;
    private final Path java;
    private final List<String> jvmOptions;
    private final AtomicInteger programsStarted = new AtomicInteger();
    private final Duration timeLimit;
    private volatile Budget budget;

    /** {@code timeLimit} is the submission's limit as {@link Budget} counts it; {@link Duration#ZERO} is none. */
    public GradingContext(Map<Exercise, Build> builds, Launcher launcher, Path java, List<String> jvmOptions,
            Duration timeLimit) {
        this.java = java;
        this.timeLimit = timeLimit;
        this.budget = new Budget(timeLimit);
        this.builds = new EnumMap<>(builds);
        this.launcher = launcher;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** Registers the context and returns the id to pass as {@link #PARAMETER}. */
    public String register() {
        String id = "grading-" + NEXT_ID.incrementAndGet();
        REGISTERED.put(id, this);
        return id;
    }

    /** Forgets a registered context. */
    public static void unregister(String id) {
        REGISTERED.remove(id);
    }

    /** The context registered under this id. */
    public static Optional<GradingContext> lookUp(String id) {
        return Optional.ofNullable(REGISTERED.get(id));
    }

    public Build build(Exercise exercise) {
        return builds.getOrDefault(exercise, new Build.Missing(exercise));
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

    /** The budget of the pass of the hidden tests that runs now. */
    public Budget budget() {
        return budget;
    }

    /** Starts a pass of the hidden tests with a fresh budget, and returns it. */
    Budget newPass() {
        budget = new Budget(timeLimit);
        return budget;
    }

    /** Counts one more program started; returns the count so far. */
    public int countStart() {
        return programsStarted.incrementAndGet();
    }

    public int programsStarted() {
        return programsStarted.get();
    }
}
