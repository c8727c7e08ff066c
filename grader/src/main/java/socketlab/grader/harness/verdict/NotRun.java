package socketlab.grader.harness.verdict;

import socketlab.grader.course.Status;
import socketlab.grader.course.Text;

/** The verdict of a test that was not run because the submission's time limit was used up before it. */
public final class NotRun extends Verdict {
    private static final long serialVersionUID = 1L;

    public NotRun(Text reason) {
        super(Status.TIMED_OUT, reason);
    }
}
