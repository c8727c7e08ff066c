package socketlab.grader.harness;

import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.engine.support.store.NamespacedHierarchicalStore;
import org.junit.platform.launcher.LauncherSession;

/**
 * How one pass of the hidden tests receives its {@link GradingContext} and {@link Budget}: the grading run
 * puts them in the store of the JUnit launcher session it opens for the pass, and {@link SubjectExtension}
 * reads them from there. Each pass has a session of its own, so passes graded at once never see each other's.
 */
public final class GradingSession {
    private static final String[] PARTS = {"socketlab", "grading"};

    private GradingSession() {
    }

    /** Hands the context and the pass's budget to the hidden tests that {@code session} runs. */
    public static void open(LauncherSession session, GradingContext context, Budget budget) {
        NamespacedHierarchicalStore<Namespace> store = session.getStore();
        Namespace namespace = Namespace.create((Object[]) PARTS);
        store.put(namespace, GradingContext.class, context);
        store.put(namespace, Budget.class, budget);
    }

    /** The context of the pass this test runs in; empty outside a grading run (a test run on its own). */
    static Optional<GradingContext> context(ExtensionContext test) {
        return Optional.ofNullable(store(test).get(GradingContext.class, GradingContext.class));
    }

    /** The budget of the pass this test runs in. */
    static Budget budget(ExtensionContext test) {
        return store(test).get(Budget.class, Budget.class);
    }

    private static ExtensionContext.Store store(ExtensionContext test) {
        return test.getStore(ExtensionContext.StoreScope.LAUNCHER_SESSION, ExtensionContext.Namespace.create((Object[]) PARTS));
    }
}
