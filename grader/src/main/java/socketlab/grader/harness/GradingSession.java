package socketlab.grader.harness;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.launcher.LauncherSession;
import socketlab.grader.harness.program.Budget;
import socketlab.grader.harness.program.GradingContext;

/**
 * How one pass of the hidden tests receives its {@link GradingContext} and {@link Budget}: the grading run
 * puts them in the store of the JUnit launcher session it opens for the pass, and {@link SubjectExtension}
 * reads them from there. Each pass has a session of its own, so passes graded at once never see each other's.
 */
public final class GradingSession {
    private static final Object[] NAMESPACE = {"socketlab", "grading"};

    /** What one pass of the hidden tests works with: the run's context and the pass's budget. */
    public record Pass(GradingContext context, Budget budget) {
    }

    private GradingSession() {
    }

    /** Hands the pass to the hidden tests that {@code session} runs. */
    public static void open(LauncherSession session, Pass pass) {
        session.getStore().put(Namespace.create(NAMESPACE), Pass.class, pass);
    }

    /** The pass this test runs in; empty outside a grading run (a test run on its own). */
    static Optional<Pass> pass(ExtensionContext test) {
        return Optional.ofNullable(test.getStore(ExtensionContext.StoreScope.LAUNCHER_SESSION,
                ExtensionContext.Namespace.create(NAMESPACE)).get(Pass.class, Pass.class));
    }
}
