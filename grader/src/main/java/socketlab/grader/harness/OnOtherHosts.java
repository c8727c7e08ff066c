package socketlab.grader.harness;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import socketlab.grader.harness.program.Hosts;

/**
 * Marks a class of hidden tests whose programs run on {@link Hosts} of their own (containers on a network of
 * the project's own): they need a Docker engine where the grader runs. A grader sandboxed in a container has
 * none, so the grader outside runs these tests itself (their programs run in containers there too).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OnOtherHosts {
    /** Whether the tests capture their hosts' traffic ({@link Hosts#capture}): skipped where the grader's machine has no tcpdump. */
    boolean captures() default false;
}
