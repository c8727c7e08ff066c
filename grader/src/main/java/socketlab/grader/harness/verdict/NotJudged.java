package socketlab.grader.harness.verdict;

import java.util.List;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;

/**
 * The verdict of a test whose set-up needed a behaviour the submission failed, one that another test judges
 * ({@code @Graded(judges)}, the words of the program's documentation): the grading reports it as "not judged" with the
 * test that judges that behaviour and its section, or, in the test that judges it, as a plain failure.
 */
public final class NotJudged extends Verdict {
    private static final long serialVersionUID = 1L;

    private final transient List<String> behaviours;
    private final transient Status asFailure;

    /**
     * The test needed a behaviour that failed, {@code why} says how; {@code behaviours} are the words that name it
     * ("ServerKu.acceptClient: Waits for one client"), more than one where any of them failing shows so.
     */
    public NotJudged(Text why, String... behaviours) {
        this(List.of(behaviours), Status.FAILED, why, Text.same(""));
    }

    /**
     * The test needed a behaviour that failed as {@code failure} says (crashed, failed), named by {@code behaviours}; a
     * stub reached ("not implemented") or a "not judged" already is its own verdict and stays so.
     */
    public static Verdict because(Verdict failure, String... behaviours) {
        if (failure instanceof NotJudged || failure.status() == Status.NOT_IMPLEMENTED) {
            return failure;
        }
        return new NotJudged(List.of(behaviours), failure.status(), failure.reason(), Text.same(""));
    }

    private NotJudged(List<String> behaviours, Status asFailure, Text why, Text transcript) {
        super(Status.NOT_JUDGED, why, transcript);
        this.behaviours = behaviours;
        this.asFailure = asFailure;
    }

    @Override
    public NotJudged withTranscript(Text conversation) {
        return new NotJudged(behaviours, asFailure, reason(), conversation);
    }

    /** How the test ends where it judges one of the behaviours itself: failed, or crashed if the program died. */
    public Status asFailure() {
        return asFailure;
    }

    /** The behaviours the test needed, as {@code @Graded(judges)} names them. */
    public List<String> behaviours() {
        return behaviours;
    }
}
