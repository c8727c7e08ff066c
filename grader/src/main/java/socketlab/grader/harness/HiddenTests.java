package socketlab.grader.harness;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Marks a class of hidden tests for one exercise, the exercise whose hidden-tests package holds it
 * ({@code socketlab.grader.hidden.<id>}, see {@code Exercise}); its test methods get that exercise's {@link Subject}. They run
 * at once, as many as the run allows: their {@code @Order} is the course's order (the scorecard's and the time
 * limit's), not an order of execution, which no test's verdict depends on.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(SubjectExtension.class)
@Execution(ExecutionMode.CONCURRENT)
public @interface HiddenTests {
}
