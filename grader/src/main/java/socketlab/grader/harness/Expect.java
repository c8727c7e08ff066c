package socketlab.grader.harness;

import java.time.Duration;
import java.util.List;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.harness.program.Quote;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.Verdict;
import socketlab.grader.harness.wire.Received;

/** The hidden tests' checks: each failure is a {@link Verdict} that quotes what was expected and what came. */
public final class Expect {

    private Expect() {
    }

    /** Fails with this reason unless the condition holds. */
    public static void that(boolean condition, String en, String id, Object... values) {
        if (!condition) {
            throw Verdict.failed(en, id, values);
        }
    }

    /** Fails with this reason unless the condition holds. */
    public static void that(boolean condition, Text reason) {
        if (!condition) {
            throw new Verdict(Status.FAILED, reason);
        }
    }

    /** The message must be exactly this line, ended by a newline. */
    public static void line(Received received, String expected, Text what) {
        if (!received.isLine(expected)) {
            throw new Verdict(Status.FAILED, Text.about(what, "expected {what} \"%s\" and a newline",
                    "diharapkan {what} \"%s\" dan baris baru", expected).then(received.describe()));
        }
    }

    /**
     * The program must end with a non-zero exit code, having printed exactly one line on stderr and no
     * stack trace: how every course program reports a failure. {@code situation} says what was done.
     */
    public static void reportsFailureInOneLine(Run run, Text situation) {
        int exit = run.awaitExit(Run.STEP.plus(Duration.ofSeconds(5)));
        if (exit == 0) {
            throw new Verdict(Status.FAILED, Text.about(situation, "{what}: expected a non-zero exit code, got 0",
                    "{what}: diharapkan kode keluar bukan 0, ternyata 0"));
        }
        List<String> err = run.stderr().stream().filter(line -> !line.isBlank()).toList();
        boolean stackTrace = err.stream().anyMatch(line -> line.startsWith("\tat ") || line.contains("Exception in thread"));
        if (stackTrace || err.size() != 1) {
            throw new Verdict(Status.FAILED, Text.about(situation,
                    "{what}: expected one readable line on stderr, got %d line(s)%s: %s",
                    "{what}: diharapkan satu baris yang jelas di stderr, ternyata %d baris%s: %s",
                    err.size(), stackTrace ? " (a stack trace)" : "", Quote.lines(err)));
        }
    }
}
