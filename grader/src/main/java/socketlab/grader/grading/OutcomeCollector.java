package socketlab.grader.grading;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.program.Budget;
import socketlab.grader.harness.program.GradingContext;
import socketlab.grader.harness.verdict.NotJudged;
import socketlab.grader.harness.verdict.NotRun;
import socketlab.grader.harness.verdict.Verdict;
import socketlab.grader.result.Outcome;
import socketlab.grader.submission.Build;

/**
 * Turns JUnit's events for the hidden tests into {@link Outcome}s. Tests that never ran (their exercise
 * did not compile or was not handed in) get the build's status and message.
 */
final class OutcomeCollector implements TestExecutionListener {
    private final GradingContext context;
    private final Budget budget;
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final List<TestIdentifier> tests = new ArrayList<>();

    /** A collector that also tells {@code budget} which tests timed out, as they end. */
    OutcomeCollector(GradingContext context, Budget budget) {
        this.context = context;
        this.budget = budget;
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
            Outcome.Attempt attempt = Outcome.Attempt.FIRST;
            Text reason = Text.same("");
            Text transcript = Text.same("");
            String section = method.getAnnotation(Graded.class).section();
            List<String> needed = List.of();
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                Throwable thrown = result.getThrowable().orElse(null);
                if (thrown instanceof NotJudged notJudged) {
                    Judging.Judged judged = Judging.of(method, notJudged);
                    status = judged.status();
                    reason = judged.reason();
                    section = judged.section();
                    needed = judged.needed();
                    transcript = notJudged.transcript();
                } else if (thrown instanceof Verdict verdict) {
                    status = verdict.status();
                    reason = verdict.reason();
                    transcript = verdict.transcript();
                    attempt = verdict instanceof NotRun ? Outcome.Attempt.NOT_RUN : attempt;
                } else if (thrown instanceof TimeoutException) {
                    status = Status.TIMED_OUT;
                    reason = Text.of("the test ran out of time: %s", "tes kehabisan waktu: %s", thrown.getMessage());
                } else {
                    status = Status.FAILED;
                    reason = Text.same(thrown == null ? "aborted" : String.valueOf(thrown.getMessage()));
                }
            }
            if (status == Status.TIMED_OUT && attempt == Outcome.Attempt.FIRST) {
                budget.timedOut(Budget.Position.of(method));
            }
            outcomes.put(test.getUniqueId(), outcome(method, status, reason, took, attempt, transcript, section, needed));
        });
    }

    /** Every hidden test's outcome by its method, in the order JUnit planned them. */
    Map<Method, Outcome> outcomes() {
        Map<Method, Outcome> all = new LinkedHashMap<>();
        for (TestIdentifier test : tests) {
            Outcome outcome = outcomes.get(test.getUniqueId());
            if (outcome == null) {
                Optional<Method> method = method(test);
                if (method.isEmpty()) {
                    continue;
                }
                outcome = notRun(method.get());
            }
            all.put(method(test).orElseThrow(), outcome);
        }
        return all;
    }

    private Outcome notRun(Method method) {
        Build build = context.build(exerciseOf(method));
        if (!(build instanceof Build.Compiled)) {
            Verdict notBuilt = Verdict.notBuilt(build);
            return outcome(method, notBuilt.status(), notBuilt.reason(), Duration.ZERO, Outcome.Attempt.FIRST);
        }
        return outcome(method, Status.FAILED, Text.of("the test did not run", "tes tidak berjalan"), Duration.ZERO, Outcome.Attempt.FIRST);
    }

    static Outcome outcome(Method method, Status status, Text reason, Duration took, Outcome.Attempt attempt) {
        return outcome(method, status, reason, took, attempt, Text.same(""), method.getAnnotation(Graded.class).section(), List.of());
    }

    /** The test's outcome; {@code section} and {@code needed} are a "not judged" test's ({@link Judging}), or its own section. */
    private static Outcome outcome(Method method, Status status, Text reason, Duration took, Outcome.Attempt attempt, Text transcript,
            String section, List<String> needed) {
        Graded graded = method.getAnnotation(Graded.class);
        return new Outcome(Outcome.Kind.TEST, exerciseOf(method), method.getName(), new Text(graded.en(), graded.id()), graded.points(),
                status, reason, section, took, attempt, transcript, needed);
    }

    private static Exercise exerciseOf(Method method) {
        return Exercise.ofHiddenTests(method.getDeclaringClass()).orElseThrow();
    }

    private static Optional<Method> method(TestIdentifier test) {
        return test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(MethodSource::getJavaMethod).filter(method -> method.isAnnotationPresent(Graded.class));
    }
}
