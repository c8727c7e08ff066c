package socketlab.grader.grading;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import socketlab.grader.hidden.Graded;
import socketlab.grader.hidden.HiddenTests;
import socketlab.grader.hidden.Verdict;
import socketlab.grader.submission.Build;
import socketlab.grader.submission.Exercise;

/**
 * Turns JUnit's events for the hidden tests into {@link Outcome}s. Tests that never ran (their exercise
 * did not compile or was not handed in) get the build's status and message.
 */
final class OutcomeCollector implements TestExecutionListener {
    private final GradingContext context;
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final List<TestIdentifier> tests = new ArrayList<>();

    OutcomeCollector(GradingContext context) {
        this.context = context;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        plan.getRoots().forEach(root -> plan.getDescendants(root).stream().filter(TestIdentifier::isTest).forEach(tests::add));
    }

    @Override
    public void executionStarted(TestIdentifier test) {
        started.put(test.getUniqueId(), System.nanoTime());
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest()) {
            return;
        }
        method(test).ifPresent(method -> {
            Duration took = Duration.ofNanos(System.nanoTime() - started.getOrDefault(test.getUniqueId(), System.nanoTime()));
            Status status = Status.PASSED;
            Text reason = Text.same("");
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                Throwable thrown = result.getThrowable().orElse(null);
                if (thrown instanceof Verdict verdict) {
                    status = verdict.status();
                    reason = verdict.reason();
                } else if (thrown instanceof TimeoutException) {
                    status = Status.TIMED_OUT;
                    reason = Text.of("the test ran out of time: %s", "tes kehabisan waktu: %s", thrown.getMessage());
                } else {
                    status = Status.FAILED;
                    reason = Text.same(thrown == null ? "aborted" : String.valueOf(thrown.getMessage()));
                }
            }
            outcomes.put(test.getUniqueId(), outcome(method, status, reason, took));
        });
    }

    /** Every hidden test's outcome, in the order JUnit planned them. */
    List<Outcome> outcomes() {
        List<Outcome> all = new ArrayList<>();
        for (TestIdentifier test : tests) {
            Outcome outcome = outcomes.get(test.getUniqueId());
            if (outcome == null) {
                Optional<Method> method = method(test);
                if (method.isEmpty()) {
                    continue;
                }
                outcome = notRun(method.get());
            }
            all.add(outcome);
        }
        return all;
    }

    private Outcome notRun(Method method) {
        Build build = context.build(exerciseOf(method));
        if (build instanceof Build.NotCompiled notCompiled) {
            return outcome(method, Status.NOT_COMPILED, Text.same(notCompiled.firstError()), Duration.ZERO);
        }
        if (build instanceof Build.Missing missing) {
            return outcome(method, Status.MISSING, Text.of("no %s.java found in the submission",
                    "tidak ada %s.java di dalam kiriman", missing.exercise().program()), Duration.ZERO);
        }
        return outcome(method, Status.FAILED, Text.of("the test did not run", "tes tidak berjalan"), Duration.ZERO);
    }

    private static Outcome outcome(Method method, Status status, Text reason, Duration took) {
        Graded graded = method.getAnnotation(Graded.class);
        return new Outcome(exerciseOf(method), method.getName(), new Text(graded.en(), graded.id()), graded.points(),
                status, reason, graded.section(), took);
    }

    private static Exercise exerciseOf(Method method) {
        return method.getDeclaringClass().getAnnotation(HiddenTests.class).value();
    }

    private static Optional<Method> method(TestIdentifier test) {
        return test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(MethodSource::getJavaMethod).filter(method -> method.isAnnotationPresent(Graded.class));
    }
}
