package socketlab.grader.harness;

import socketlab.grader.course.Status;
import socketlab.grader.course.Text;

/**
 * The verdict of a test whose set-up needed a behaviour the submission failed, one that another test judges
 * ({@link Graded#judges}, the words of the program's documentation): the grading reports it as "not judged" with the
 * test that judges that behaviour and its section, or, in the test that judges it, as a plain failure.
 */
public final class NotJudged extends Verdict {
    private static final long serialVersionUID = 1L;

    private final String behaviour;

    /** The test needed {@code behaviour} ("ServerKu.acceptClient: Waits for one client"), and {@code why} says how it failed. */
    public NotJudged(String behaviour, Text why) {
        this(behaviour, why, Text.same(""));
    }

    private NotJudged(String behaviour, Text why, Text transcript) {
        super(Status.NOT_JUDGED, why, transcript);
        this.behaviour = behaviour;
    }

    @Override
    public NotJudged withTranscript(Text conversation) {
        return new NotJudged(behaviour, reason(), conversation);
    }

    /** The behaviour the test needed, as {@link Graded#judges} names it. */
    public String behaviour() {
        return behaviour;
    }
}
