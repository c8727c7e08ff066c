package socketlab.grader.harness;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class of hidden tests some of whose tests wait seconds on the program's own timeouts (PingKu's
 * {@code --timeout} for each lost reply, AlamatLain's for a client that went elsewhere): idle time, not the cores'.
 * A grading run starts such classes early ({@link LongWaitsFirst}), so their waits overlap the rest of the suite
 * instead of trailing it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface WaitsOnTimeouts {
}
