package socketlab.grader.harness.verdict;

import org.opentest4j.AssertionFailedError;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.submission.Build;

/** Why a hidden test did not pass, in protocol terms and both languages, with how it ended. */
public class Verdict extends AssertionFailedError {
    private static final long serialVersionUID = 1L;

    private final transient Status status;
    private final transient Text reason;
    private final transient Text transcript;

    public Verdict(Status status, Text reason) {
        this(status, reason, Text.same(""));
    }

    protected Verdict(Status status, Text reason, Text transcript) {
        super(reason.en());
        this.status = status;
        this.reason = reason;
        this.transcript = transcript;
    }

    /** A new verdict like this one, with the transcript of the test's conversation ({@link Conversation}) below its reason. */
    public Verdict withTranscript(Text conversation) {
        return new Verdict(status, reason, conversation);
    }

    /** A plain failure: the program ran but did not do what the test expects. */
    public static Verdict failed(String en, String id, Object... values) {
        return new Verdict(Status.FAILED, Text.of(en, id, values));
    }

    /** A test that cannot run on this machine, and why ("no IPv6 loopback"); the status says "skipped". Never counted passed. */
    public static Verdict skipped(String en, String id, Object... values) {
        return new Verdict(Status.SKIPPED, Text.of(en, id, values));
    }

    /**
     * Why a test of a build that did not compile ("did not compile", the compiler's first message) or was not
     * handed in ("not handed in") cannot run.
     */
    public static Verdict notBuilt(Build build) {
        if (build instanceof Build.NotCompiled notCompiled) {
            return new Verdict(Status.NOT_COMPILED, Text.same(notCompiled.firstError()));
        }
        if (build instanceof Build.Missing) {
            return new Verdict(Status.MISSING, Text.of("no %s.java found in the submission", "tidak ada %s.java di dalam kiriman",
                    build.exercise().program()));
        }
        throw new IllegalArgumentException("built: " + build);
    }

    public Status status() {
        return status;
    }

    public Text reason() {
        return reason;
    }

    /** What happened in the test, step by step ("" when none was kept). */
    public Text transcript() {
        return transcript;
    }
}
