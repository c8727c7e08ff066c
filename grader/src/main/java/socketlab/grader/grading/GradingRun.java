package socketlab.grader.grading;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Status;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.GradingSession;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.LongWaitsFirst;
import socketlab.grader.harness.OnOtherHosts;
import socketlab.grader.harness.program.Budget;
import socketlab.grader.harness.program.GradingContext;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/**
 * Runs the hidden tests against one submission's builds through the JUnit Platform launcher, several
 * tests at once, and collects the scorecard. The hidden tests are found by their package
 * ({@link Exercise#HIDDEN_TESTS}) and annotation ({@link HiddenTests}), never named here; they start the
 * submission's programs as their own processes, and nothing of the submission runs in this JVM.
 */
public final class GradingRun {
    /**
     * A net under every hidden test, which its own bounded waits never reach: a test that hits it is a fault
     * of the grader, and is scored "timed out" (and retried) rather than hang the run.
     */
    public static final Duration TEST_LIMIT = Duration.ofSeconds(120);

    private final int testsAtOnce;
    private final String hiddenTestsPackage;
    private final Scope scope;

    /** Which hidden tests a run grades, by where their programs run. */
    public enum Scope {
        /** All of them. */
        EVERY_TEST,
        /** Those whose programs run on this host: a grader in a sandbox container, with no Docker engine in it. */
        THIS_HOST,
        /** Those whose programs run on other hosts ({@link OnOtherHosts}), which the grader outside a sandbox runs. */
        OTHER_HOSTS
    }

    /** A run that executes up to {@code testsAtOnce} of the course's hidden tests of {@code scope} at once. */
    public GradingRun(int testsAtOnce, Scope scope) {
        this(testsAtOnce, Exercise.HIDDEN_TESTS, scope);
    }

    /**
     * A run of all the hidden tests under {@code hiddenTestsPackage} instead of the course's: for test fixtures
     * (the harness's own tests), laid out as the course's are, a package per exercise.
     */
    public GradingRun(int testsAtOnce, String hiddenTestsPackage) {
        this(testsAtOnce, hiddenTestsPackage, Scope.EVERY_TEST);
    }

    private GradingRun(int testsAtOnce, String hiddenTestsPackage, Scope scope) {
        this.testsAtOnce = Math.max(1, testsAtOnce);
        this.hiddenTestsPackage = hiddenTestsPackage;
        this.scope = scope;
    }

    /** How many hidden tests there are: the most that can run at once for one submission. */
    public static int testCount() {
        return hiddenTests().size();
    }

    /**
     * The hidden tests, found as a grading run finds them (by package and annotation), in the course's order;
     * discovered once per JVM, as the class path does not change.
     */
    public static List<Method> hiddenTests() {
        return Discovered.TESTS;
    }

    /** The hidden tests, discovered when first asked for. */
    private static final class Discovered {
        static final List<Method> TESTS = discover();

        private static List<Method> discover() {
            TestPlan plan = LauncherFactory.create().discover(request(List.of(selectPackage(Exercise.HIDDEN_TESTS)),
                    new GradingRun(1, Scope.EVERY_TEST).configuration()));
            return plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                    .flatMap(test -> test.getSource().stream()).filter(MethodSource.class::isInstance)
                    .map(source -> ((MethodSource) source).getJavaMethod()).filter(method -> method.isAnnotationPresent(Graded.class))
                    .sorted(IN_COURSE_ORDER).toList();
        }
    }

    /** The classes of hidden tests, one or more per exercise, in the course's order. */
    public static List<Class<?>> hiddenTestClasses() {
        return hiddenTests().stream().<Class<?>>map(Method::getDeclaringClass).distinct().toList();
    }

    /**
     * Grades the builds in the context; {@code target} names what was graded, for the reports, and
     * {@code compileMillis} is how long building took, to add to the time. The tests that time out are run
     * a second time, and only a second timeout is scored: a busy machine cannot cost a program its points.
     */
    public Scorecard grade(String target, GradingContext context, long compileMillis) {
        long start = System.nanoTime();
        Budget budget = context.newBudget();
        Map<Method, Outcome> outcomes = pass(context, budget, List.of(selectPackage(hiddenTestsPackage)));
        List<Method> again = outcomes.entrySet().stream().filter(entry -> entry.getValue().status() == Status.TIMED_OUT)
                .map(Map.Entry::getKey).toList();
        if (!again.isEmpty()) {
            pass(context, context.newBudget(),
                    again.stream().map(method -> (DiscoverySelector) selectMethod(method.getDeclaringClass(), method)).toList())
                    .forEach((method, retried) -> outcomes.put(method,
                            retried.attempt() == Outcome.Attempt.NOT_RUN ? retried : retried.as(Outcome.Attempt.RETRIED)));
        }
        settleTheBudget(outcomes, budget);
        List<Outcome> inCourseOrder = outcomes.entrySet().stream().sorted(Map.Entry.comparingByKey(IN_COURSE_ORDER))
                .map(Map.Entry::getValue).toList();
        return new Scorecard(target, inCourseOrder, context.programsStarted(),
                compileMillis + (System.nanoTime() - start) / 1_000_000, compileMillis);
    }

    /** The scorecard's order: by exercise, as the course lists them, then by each test's {@code @Order}. */
    private static final Comparator<Method> IN_COURSE_ORDER = Comparator
            .comparing((Method method) -> Exercise.ofHiddenTests(method.getDeclaringClass()).orElseThrow())
            .thenComparingInt(method -> Budget.Position.of(method).order());

    /** Runs the selected hidden tests once, in a launcher session of their own that holds the context and budget. */
    private Map<Method, Outcome> pass(GradingContext context, Budget budget, List<DiscoverySelector> selectors) {
        OutcomeCollector collector = new OutcomeCollector(context, budget);
        try (LauncherSession session = LauncherFactory.openSession()) {
            GradingSession.open(session, new GradingSession.Pass(context, budget));
            session.getLauncher().execute(request(selectors, configuration(), scope), collector);
        }
        return collector.outcomes();
    }

    private static LauncherDiscoveryRequest request(List<? extends DiscoverySelector> selectors, Map<String, String> configuration) {
        return request(selectors, configuration, Scope.EVERY_TEST);
    }

    private static LauncherDiscoveryRequest request(List<? extends DiscoverySelector> selectors, Map<String, String> configuration,
            Scope scope) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(EngineFilter.includeEngines("junit-jupiter"), (PostDiscoveryFilter) descriptor -> hiddenTestsOnly(descriptor, scope))
                .configurationParameters(configuration)
                .build();
    }

    /** Keeps the classes marked {@link HiddenTests} that sit in an exercise's package and are in scope, and their tests. */
    private static FilterResult hiddenTestsOnly(TestDescriptor descriptor, Scope scope) {
        Optional<Class<?>> type = descriptor.getSource().flatMap(source -> source instanceof ClassSource of
                ? Optional.<Class<?>>of(of.getJavaClass())
                : source instanceof MethodSource in ? Optional.<Class<?>>of(in.getJavaClass()) : Optional.empty());
        return FilterResult.includedIf(type.map(found -> found.isAnnotationPresent(HiddenTests.class)
                && Exercise.ofHiddenTests(found).isPresent() && inScope(found, scope)).orElse(true));
    }

    private static boolean inScope(Class<?> tests, Scope scope) {
        boolean otherHosts = tests.isAnnotationPresent(OnOtherHosts.class);
        return scope == Scope.EVERY_TEST || (scope == Scope.OTHER_HOSTS) == otherHosts;
    }

    /**
     * The scorecard with the time limit settled over all its outcomes, for one put together from runs of two
     * scopes (a sandbox's and the tests on other hosts): the same tests are "not run" as in one run of every test.
     * An outcome is its hidden test's by (exercise, test), which names one test (the course list's tests keep it so).
     */
    public static Scorecard settled(Scorecard card, Duration timeLimit) {
        Map<String, Method> byKey = new LinkedHashMap<>();
        hiddenTests().forEach(method -> byKey.put(key(Exercise.ofHiddenTests(method.getDeclaringClass()).orElseThrow(), method.getName()),
                method));
        Map<Method, Outcome> outcomes = new LinkedHashMap<>();
        List<Outcome> others = new ArrayList<>();
        for (Outcome outcome : card.outcomes()) {
            Method method = byKey.get(key(outcome.exercise(), outcome.test()));
            if (method == null) {
                others.add(outcome);
            } else {
                outcomes.put(method, outcome);
            }
        }
        settleTheBudget(outcomes, new Budget(timeLimit));
        List<Outcome> all = new ArrayList<>(outcomes.values());
        all.addAll(others);
        return new Scorecard(card.target(), List.of(), card.programsStarted(), card.millis(), card.compileMillis()).with(all);
    }

    /** A hidden test's key in a scorecard: its exercise and its name, as {@code <module>:<test>}. */
    public static String key(Exercise exercise, String test) {
        return exercise.module() + ":" + test;
    }

    private static void settleTheBudget(Map<Method, Outcome> outcomes, Budget budget) {
        List<Budget.Position> timedOut = outcomes.entrySet().stream()
                .filter(entry -> entry.getValue().status() == Status.TIMED_OUT && entry.getValue().attempt() != Outcome.Attempt.NOT_RUN)
                .map(entry -> Budget.Position.of(entry.getKey())).toList();
        outcomes.replaceAll((method, outcome) -> budget.over(Budget.Position.of(method), timedOut)
                ? OutcomeCollector.outcome(method, Status.TIMED_OUT, budget.notRunReason(), Duration.ZERO, Outcome.Attempt.NOT_RUN)
                : outcome);
    }

    private Map<String, String> configuration() {
        String threads = String.valueOf(testsAtOnce);
        return Map.ofEntries(
                Map.entry("junit.jupiter.execution.parallel.enabled", String.valueOf(testsAtOnce > 1)),
                Map.entry("junit.jupiter.execution.parallel.mode.default", "concurrent"),
                Map.entry("junit.jupiter.execution.parallel.mode.classes.default", "concurrent"),
                Map.entry("junit.jupiter.execution.parallel.config.strategy", "fixed"),
                Map.entry("junit.jupiter.execution.parallel.config.fixed.parallelism", threads),
                Map.entry("junit.jupiter.execution.parallel.config.fixed.max-pool-size", threads),
                Map.entry("junit.jupiter.execution.parallel.config.executor-service", "WORKER_THREAD_POOL"),
                Map.entry("junit.jupiter.testmethod.order.default", "org.junit.jupiter.api.MethodOrderer$OrderAnnotation"),
                Map.entry("junit.jupiter.testclass.order.default", LongWaitsFirst.class.getName()),
                Map.entry("junit.jupiter.execution.timeout.default", TEST_LIMIT.toSeconds() + " s"),
                Map.entry("junit.jupiter.extensions.autodetection.enabled", "false"));
    }
}
