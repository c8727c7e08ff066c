package socketlab.grader.grading;

import java.time.Duration;
import socketlab.grader.submission.Exercise;

/**
 * One hidden test's result for a submission: which test, its names in both languages, the points it is
 * worth and earned, how it ended, why (in protocol terms) and which handout section to reread.
 */
public record Outcome(Exercise exercise, String test, Text name, int maxPoints, Status status, Text reason,
                      String section, Duration duration) {

    /** The points earned: all of them for a pass, none otherwise. */
    public int points() {
        return status == Status.PASSED ? maxPoints : 0;
    }
}
