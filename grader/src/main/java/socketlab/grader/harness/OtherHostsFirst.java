package socketlab.grader.harness;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order a grading run starts its classes of hidden tests in: those {@link OnOtherHosts} first, then the
 * others as discovered. Their tests wait mostly on the Docker engine (a network, a container per host), not on
 * this machine's cores, so started first they overlap the rest of the suite instead of trailing it. Only
 * the order of starting changes: every test still runs, and is scored, on its own.
 */
public final class OtherHostsFirst implements ClassOrderer {
    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing(
                descriptor -> !descriptor.getTestClass().isAnnotationPresent(OnOtherHosts.class)));
    }
}
