package socketlab.grader.harness;

import java.util.Optional;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;

/**
 * How a program that has ended ended, as one verdict for {@link Run}, {@link Peer} and {@link SubjectExtension}
 * alike: at a stub ("not implemented", the stub's line), crashed at a limit (with the limit it ran into),
 * crashed (a non-zero exit code) or failed (exit code 0, without doing what the test waited for). It is asked
 * only of a program whose end the grader has seen, with all it printed read, so the answer does not depend on
 * how fast the program or the machine is.
 */
final class Ending {

    private Ending() {
    }

    /** "not implemented" with the stub's line, if the program printed one. */
    static Optional<Verdict> atStub(Run run) {
        return run.stubMessage().map(stub -> new Verdict(Status.NOT_IMPLEMENTED, Text.same(stub)));
    }

    /**
     * The verdict for a program that ended with {@code exit} instead of doing {@code what} (in the reason after
     * "ended (exit code N)", such as "before printing …" or "without connecting").
     */
    static Verdict instead(Run run, int exit, Text what) {
        Optional<Verdict> stub = atStub(run);
        if (stub.isPresent()) {
            return stub.get();
        }
        Optional<Text> cause = exit == 0 ? Optional.empty() : run.crashCause();
        if (cause.isPresent()) {
            return new Verdict(Status.CRASHED, Text.about(what, "%s crashed: " + cause.get().en() + " (exit code %d) {what}; %s",
                    "%s crash: " + cause.get().id() + " (kode keluar %d) {what}; %s", run.name(), exit, run.printed()));
        }
        return new Verdict(exit == 0 ? Status.FAILED : Status.CRASHED, Text.about(what, "%s ended (exit code %d) {what}; %s",
                "%s berhenti (kode keluar %d) {what}; %s", run.name(), exit, run.printed()));
    }
}
