package socketlab.grader.hidden;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import socketlab.grader.submission.Exercise;

/** Marks a class of hidden tests for one exercise; its test methods get that exercise's {@link Subject}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(SubjectExtension.class)
public @interface HiddenTests {

    /** The exercise whose programs these tests grade. */
    Exercise value();
}
