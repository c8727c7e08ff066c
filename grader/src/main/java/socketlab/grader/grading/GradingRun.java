package socketlab.grader.grading;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import socketlab.grader.hidden.ClientKuTest;
import socketlab.grader.hidden.DetailSocketTest;
import socketlab.grader.hidden.ServerKu2Test;
import socketlab.grader.hidden.ServerKuTest;

/**
 * Runs the hidden tests against one submission's builds through the JUnit Platform launcher, several
 * tests at once, and collects the scorecard. The tests start the submission's programs as their own
 * processes; nothing of the submission runs in this JVM.
 */
public final class GradingRun {
    /** The hidden test classes, one per exercise, in the course's order. */
    public static final List<Class<?>> HIDDEN_TESTS =
            List.of(ServerKuTest.class, ServerKu2Test.class, ClientKuTest.class, DetailSocketTest.class);

    /** How long one hidden test may take, a shared run it waits for included; every step within it is bounded too. */
    public static final Duration TEST_LIMIT = Duration.ofSeconds(60);

    private final int parallelism;

    /** A run that executes up to {@code parallelism} hidden tests at once. */
    public GradingRun(int parallelism) {
        this.parallelism = Math.max(1, parallelism);
    }

    /**
     * Grades the builds in the context; {@code target} names what was graded, for the reports, and
     * {@code compileMillis} is how long building took, to add to the time.
     */
    public Scorecard grade(String target, GradingContext context, long compileMillis) {
        long start = System.nanoTime();
        String id = context.register();
        try {
            OutcomeCollector collector = new OutcomeCollector(context);
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(HIDDEN_TESTS.stream().map(type -> selectClass(type)).toList())
                    .configurationParameters(configuration(id))
                    .build();
            LauncherFactory.create().execute(request, collector);
            return new Scorecard(target, collector.outcomes(), context.programsStarted(),
                    compileMillis + (System.nanoTime() - start) / 1_000_000, compileMillis);
        } finally {
            GradingContext.unregister(id);
        }
    }

    private Map<String, String> configuration(String contextId) {
        String threads = String.valueOf(parallelism);
        return Map.ofEntries(
                Map.entry(GradingContext.PARAMETER, contextId),
                Map.entry("junit.jupiter.execution.parallel.enabled", String.valueOf(parallelism > 1)),
                Map.entry("junit.jupiter.execution.parallel.mode.default", "concurrent"),
                Map.entry("junit.jupiter.execution.parallel.mode.classes.default", "concurrent"),
                Map.entry("junit.jupiter.execution.parallel.config.strategy", "fixed"),
                Map.entry("junit.jupiter.execution.parallel.config.fixed.parallelism", threads),
                Map.entry("junit.jupiter.execution.parallel.config.fixed.max-pool-size", threads),
                Map.entry("junit.jupiter.execution.parallel.config.executor-service", "WORKER_THREAD_POOL"),
                Map.entry("junit.jupiter.testmethod.order.default", "org.junit.jupiter.api.MethodOrderer$OrderAnnotation"),
                Map.entry("junit.jupiter.execution.timeout.default", TEST_LIMIT.toSeconds() + " s"),
                Map.entry("junit.jupiter.extensions.autodetection.enabled", "false"));
    }
}
