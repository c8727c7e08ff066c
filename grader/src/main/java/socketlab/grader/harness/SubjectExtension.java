package socketlab.grader.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.harness.program.Budget;
import socketlab.grader.harness.program.GradingContext;
import socketlab.grader.harness.program.Hosts;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.Conversation;
import socketlab.grader.harness.verdict.NotRun;
import socketlab.grader.harness.verdict.Verdict;
import socketlab.grader.result.TestTraffic;
import socketlab.grader.submission.Build;

/**
 * Connects a class of hidden tests to the grading run: skips its tests when the exercise did not
 * compile or was not handed in, gives each test the program under test, kills what the test started (and,
 * when the class ends, the runs its tests shared), names how a failed test ended (a stub reached, a
 * timeout) in the test's verdict, and scores the tests left when the submission's time limit is reached
 * as timed out, without running them.
 *
 * <p>A stub counts only where the test's own steps needed it, so that the verdict never depends on how fast
 * the program goes on after the test has seen what it needed: a test that passed has passed, whatever stub its
 * program reaches afterwards, unless the test waited for the end of a program of its own and it ended at a stub
 * (a test that judges how a program ends needs that end); a test that failed is "not implemented" if one of
 * its programs, or of the shared runs it read, has ended at a stub ({@link Run#endedAtStub()}).
 */
public final class SubjectExtension implements ExecutionCondition, ParameterResolver, BeforeEachCallback, AfterEachCallback,
        AfterAllCallback, TestExecutionExceptionHandler {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SubjectExtension.class);
    /** The key of the conversation this thread noted into before the test began (one of a shared run, or none). */
    private static final String PREVIOUS = "conversation before";

    /** Where the pass comes from: the launcher session's store, or, outside a grading run, what was given. */
    private final Function<ExtensionContext, Optional<GradingSession.Pass>> passes;

    /** The extension of the hidden tests ({@link HiddenTests}): each pass is the one its grading run's session holds. */
    public SubjectExtension() {
        this(GradingSession::pass);
    }

    private SubjectExtension(Function<ExtensionContext, Optional<GradingSession.Pass>> passes) {
        this.passes = passes;
    }

    /**
     * An extension that takes its pass from {@code pass} instead of a grading run's session: for running test
     * fixtures with JUnit's engine test kit, which opens no launcher session (the harness's own tests).
     */
    public static SubjectExtension outsideARun(Supplier<GradingSession.Pass> pass) {
        return new SubjectExtension(test -> Optional.ofNullable(pass.get()));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<GradingContext> grading = grading(context);
        if (grading.isEmpty()) {
            return ConditionEvaluationResult.disabled("hidden tests run only inside a grading run");
        }
        Build build = grading.get().build(exercise(context));
        return build instanceof Build.Compiled
                ? ConditionEvaluationResult.enabled("built")
                : ConditionEvaluationResult.disabled(build.getClass().getSimpleName());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Subject.class || parameter.getParameter().getType() == Hosts.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        GradingContext grading = grading(context).orElseThrow();
        if (parameter.getParameter().getType() == Hosts.class) {
            return context.getStore(NAMESPACE).getOrComputeIfAbsent(Hosts.class, key -> new Hosts(grading), Hosts.class);
        }
        Build.Compiled build = (Build.Compiled) grading.build(exercise(context));
        ExtensionContext testClass = context.getParent().orElse(context);
        @SuppressWarnings("unchecked")
        Scenes<Subject> scenes = testClass.getStore(NAMESPACE).getOrComputeIfAbsent(Scenes.class,
                key -> new Scenes<>(() -> new Subject(build, grading, null)), Scenes.class);
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Subject.class, key -> new Subject(build, grading, scenes), Subject.class);
    }

    /** Kills the shared runs when the class of tests ends. */
    @Override
    public void afterAll(ExtensionContext context) {
        Scenes<?> scenes = context.getStore(NAMESPACE).get(Scenes.class, Scenes.class);
        if (scenes != null) {
            scenes.closeAll();
        }
    }

    /**
     * Skips the test if the tests before it have used up the submission's time limit; otherwise waits for
     * one of the JVM's {@link TestSlots} (outside the test's own time).
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<GradingSession.Pass> pass = passes.apply(context);
        if (pass.isPresent()) {
            Budget budget = pass.get().budget();
            if (budget.spentBefore(Budget.Position.of(context.getRequiredTestMethod()))) {
                throw new NotRun(budget.notRunReason());
            }
        }
        context.getStore(NAMESPACE).put(TestSlots.Slot.class, TestSlots.SHARED.take());
        Conversation conversation = new Conversation();
        context.getStore(NAMESPACE).put(Conversation.class, conversation);
        context.getStore(NAMESPACE).put(PREVIOUS, Optional.ofNullable(Conversation.begin(conversation)));
    }

    /**
     * Gives back the test's slot and kills what the test started; a test that passed is "not implemented" only if
     * it waited for the end of a program of its own, which ended at a stub.
     */
    @Override
    public void afterEach(ExtensionContext context) {
        noteTraffic(context);
        TestSlots.Slot slot = context.getStore(NAMESPACE).remove(TestSlots.Slot.class, TestSlots.Slot.class);
        if (slot != null) {
            slot.give();
        }
        Optional<?> previous = context.getStore(NAMESPACE).remove(PREVIOUS, Optional.class);
        if (previous != null) {
            Conversation.restore((Conversation) previous.orElse(null));
        }
        Hosts hosts = context.getStore(NAMESPACE).remove(Hosts.class, Hosts.class);
        if (hosts != null) {
            hosts.close();
            if (context.getExecutionException().isEmpty()) {
                throwIfAwaitedStub(context, hosts.runs());
            }
        }
        Subject subject = context.getStore(NAMESPACE).get(Subject.class, Subject.class);
        if (subject != null) {
            subject.closeAll();
            if (context.getExecutionException().isEmpty()) {
                throwIfAwaitedStub(context, subject.ownRuns());
            }
        }
    }

    /** Notes the test's own traffic into the grading run: its conversation's window and ports, and each shared run's it read. */
    private void noteTraffic(ExtensionContext context) {
        Conversation own = context.getStore(NAMESPACE).get(Conversation.class, Conversation.class);
        Optional<GradingContext> grading = grading(context);
        if (own == null || grading.isEmpty()) {
            return;
        }
        Subject subject = context.getStore(NAMESPACE).get(Subject.class, Subject.class);
        List<Conversation> conversations = new ArrayList<>(subject != null ? subject.sharedConversations() : List.of());
        conversations.add(own);
        long now = Conversation.nowMicros();
        grading.get().noteTraffic(new TestTraffic(exercise(context), context.getRequiredTestMethod().getName(), conversations.stream()
                .map(conversation -> new TestTraffic.Window(conversation.startedMicros(), now, conversation.ports())).toList()));
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        if (thrown instanceof NotRun || thrown instanceof Verdict skipped && skipped.status() == Status.SKIPPED) {
            throw thrown;
        }
        Subject subject = context.getStore(NAMESPACE).get(Subject.class, Subject.class);
        Hosts hosts = context.getStore(NAMESPACE).get(Hosts.class, Hosts.class);
        Verdict verdict = firstStub(subject == null ? List.of() : subject.runs())
                .or(() -> firstStub(hosts == null ? List.of() : hosts.runs()))
                .orElseGet(() -> thrown instanceof TimeoutException
                        ? new Verdict(Status.TIMED_OUT, Text.of("the test ran out of time: %s", "tes kehabisan waktu: %s", thrown.getMessage()))
                        : thrown instanceof Verdict failed ? failed : null);
        if (verdict == null) {
            throw thrown;
        }
        throw withTranscript(context, verdict);
    }

    /** The verdict with the test's transcript: the shared runs it read, its own steps, what its programs printed. */
    private static Verdict withTranscript(ExtensionContext context, Verdict verdict) {
        Conversation own = Optional.ofNullable(context.getStore(NAMESPACE).get(Conversation.class, Conversation.class))
                .orElseGet(Conversation::new);
        Subject subject = context.getStore(NAMESPACE).get(Subject.class, Subject.class);
        Hosts hosts = context.getStore(NAMESPACE).get(Hosts.class, Hosts.class);
        List<Text> steps = new ArrayList<>(subject != null ? subject.transcriptSteps(own) : own.steps());
        if (hosts != null) {
            hosts.runs().forEach(run -> steps.add(Text.of("%s printed: %s", "%s mencetak: %s", run.name(), run.printed())));
        }
        return verdict.withTranscript(Conversation.transcript(steps, verdict.reason()));
    }

    private static void throwIfAwaitedStub(ExtensionContext context, List<Run> runs) {
        for (Run run : runs) {
            Optional<Verdict> stub = run.awaitedEndAtStub();
            if (stub.isPresent()) {
                throw withTranscript(context, stub.get());
            }
        }
    }

    private static Optional<Verdict> firstStub(List<Run> runs) {
        return runs.stream().map(Run::endedAtStub).flatMap(Optional::stream).findFirst();
    }

    private static Exercise exercise(ExtensionContext context) {
        return Exercise.ofHiddenTests(context.getRequiredTestClass()).orElseThrow(() -> new IllegalStateException(
                context.getRequiredTestClass() + " is not in an exercise's hidden-tests package"));
    }

    private Optional<GradingContext> grading(ExtensionContext context) {
        return passes.apply(context).map(GradingSession.Pass::context);
    }
}
