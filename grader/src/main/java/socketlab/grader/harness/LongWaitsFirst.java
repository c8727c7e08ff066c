package socketlab.grader.harness;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order a grading run starts its classes of hidden tests in: those {@link OnOtherHosts} first, as their tests
 * wait mostly on the Docker engine (a network, a container per host); then those that {@link WaitsOnTimeouts}; then
 * the others as discovered. Started first, the long waits overlap the rest of the suite instead of trailing it. Only
 * the order of starting changes: every test still runs, and is scored, on its own.
 */
public final class LongWaitsFirst implements ClassOrderer {
    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(LongWaitsFirst::rank));
    }

    private static int rank(ClassDescriptor descriptor) {
        if (descriptor.getTestClass().isAnnotationPresent(OnOtherHosts.class)) {
            return 0;
        }
        return descriptor.getTestClass().isAnnotationPresent(WaitsOnTimeouts.class) ? 1 : 2;
    }
}
