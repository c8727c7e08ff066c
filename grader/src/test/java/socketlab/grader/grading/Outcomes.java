package socketlab.grader.grading;

import java.time.Duration;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.result.Outcome;

/**
 * Test fixture: the outcome of one hidden test, named by its method, with what a report's test does not look at filled
 * in (the section {@code <exercise>#start}, 10 ms, the first attempt, no transcript).
 */
public final class Outcomes {

    private Outcomes() {
    }

    /** A test's outcome with no reason. */
    public static Outcome of(Exercise exercise, String test, int maxPoints, Status status) {
        return because(exercise, test, maxPoints, status, Text.same(""));
    }

    /** A test's outcome with this reason. */
    public static Outcome because(Exercise exercise, String test, int maxPoints, Status status, Text reason) {
        return new Outcome(Outcome.Kind.TEST, exercise, test, Text.same(test), maxPoints, status, reason, exercise.module() + "#start",
                Duration.ofMillis(10), Outcome.Attempt.FIRST, Text.same(""));
    }
}
