package socketlab.grader.grading;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import socketlab.grader.hidden.ClientKuTest;
import socketlab.grader.hidden.DetailSocketTest;
import socketlab.grader.hidden.Graded;
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

    /** How many hidden tests there are: the most that can run at once for one submission. */
    public static int testCount() {
        return (int) HIDDEN_TESTS.stream().flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(Graded.class)).count();
    }

    /**
     * A net under every hidden test, which its own bounded waits never reach: a test that hits it is a fault
     * of the grader, and is scored "timed out" (and retried) rather than hang the run.
     */
    public static final Duration TEST_LIMIT = Duration.ofSeconds(120);

    private final int parallelism;

    /** A run that executes up to {@code parallelism} hidden tests at once. */
    public GradingRun(int parallelism) {
        this.parallelism = Math.max(1, parallelism);
    }

    /**
     * Grades the builds in the context; {@code target} names what was graded, for the reports, and
     * {@code compileMillis} is how long building took, to add to the time. The tests that time out are run
     * a second time, and only a second timeout is scored: a busy machine cannot cost a program its points.
     */
    public Scorecard grade(String target, GradingContext context, long compileMillis) {
        long start = System.nanoTime();
        Map<Method, Outcome> outcomes = pass(context, HIDDEN_TESTS.stream().map(type -> (DiscoverySelector) selectClass(type)).toList());
        List<Method> again = outcomes.entrySet().stream().filter(entry -> entry.getValue().status() == Status.TIMED_OUT)
                .map(Map.Entry::getKey).toList();
        if (!again.isEmpty()) {
            pass(context, again.stream().map(method -> (DiscoverySelector) selectMethod(method.getDeclaringClass(), method)).toList())
                    .forEach((method, retried) -> outcomes.put(method,
                            retried.attempt() == Outcome.Attempt.NOT_RUN ? retried : retried.as(Outcome.Attempt.RETRIED)));
        }
        settleTheBudget(outcomes, context.budget());
        return new Scorecard(target, List.copyOf(outcomes.values()), context.programsStarted(),
                compileMillis + (System.nanoTime() - start) / 1_000_000, compileMillis);
    }

    /** Runs the selected hidden tests once, with a fresh budget, and returns their outcomes by method. */
    private Map<Method, Outcome> pass(GradingContext context, List<DiscoverySelector> selectors) {
        String id = context.register();
        try {
            OutcomeCollector collector = new OutcomeCollector(context, context.newPass());
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectors)
                    .configurationParameters(configuration(id))
                    .build();
            LauncherFactory.create().execute(request, collector);
            return collector.outcomes();
        } finally {
            GradingContext.unregister(id);
        }
    }

    /**
     * Scores as "not run" every test that the tests before it, in the course's order, left no time for: the
     * same tests however the passes ran at once (a test skipped early was certain to be).
     */
    private static void settleTheBudget(Map<Method, Outcome> outcomes, Budget budget) {
        List<Budget.Position> timedOut = outcomes.entrySet().stream()
                .filter(entry -> entry.getValue().status() == Status.TIMED_OUT && entry.getValue().attempt() != Outcome.Attempt.NOT_RUN)
                .map(entry -> Budget.Position.of(entry.getKey())).toList();
        outcomes.replaceAll((method, outcome) -> budget.over(Budget.Position.of(method), timedOut)
                ? OutcomeCollector.outcome(method, Status.TIMED_OUT, notRun(budget), Duration.ZERO, Outcome.Attempt.NOT_RUN)
                : outcome);
    }

    /** Why a test was not run: the reason every such test gets. */
    public static Text notRun(Budget budget) {
        return Text.of("not run: the tests before it timed out for this submission's whole limit of %d s (%d s each)",
                "tidak dijalankan: tes-tes sebelumnya melewati batas waktu sebanyak seluruh batas kiriman ini, %d detik (%d detik per tes)",
                budget.limit().toSeconds(), Budget.PER_TIMEOUT.toSeconds());
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
