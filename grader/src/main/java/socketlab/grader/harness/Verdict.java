package socketlab.grader.harness;

import org.opentest4j.AssertionFailedError;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;

/** Why a hidden test did not pass, in protocol terms and both languages, with how it ended. */
public class Verdict extends AssertionFailedError {
    private static final long serialVersionUID = 1L;

    private final transient Status status;
    private final transient Text reason;

    public Verdict(Status status, Text reason) {
        super(reason.en());
        this.status = status;
        this.reason = reason;
    }

    /** A plain failure: the program ran but did not do what the test expects. */
    public static Verdict failed(String en, String id, Object... values) {
        return new Verdict(Status.FAILED, Text.of(en, id, values));
    }

    /** A test that cannot run on this machine, and why ("no IPv6 loopback"); the status says "skipped". Never counted passed. */
    public static Verdict skipped(String en, String id, Object... values) {
        return new Verdict(Status.SKIPPED, Text.of(en, id, values));
    }

    public Status status() {
        return status;
    }

    public Text reason() {
        return reason;
    }
}
