package socketlab.grader.harness.program;

import java.util.Optional;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.harness.verdict.Verdict;

/**
 * How a program that has ended ended, as one verdict for every step that waited for something else: at a stub
 * ("not implemented", the stub's line), crashed at a limit (with the limit it ran into), crashed (a non-zero exit
 * code) or failed (exit code 0, without doing what the test waited for). It is asked only of a program whose end the
 * grader has seen, with all it printed read, so the answer does not depend on how fast the program or the machine is.
 *
 * @param name the program's name
 * @param exit its exit code
 * @param stub the stub's line it printed, if any
 * @param cause what its error output says it died of, if anything ({@link ErrorOutput#cause})
 * @param printed a short quote of what it printed
 */
record Ending(String name, int exit, Optional<String> stub, Optional<Text> cause, String printed) {

    /** "not implemented" with the stub's line, if the program printed one. */
    static Optional<Verdict> atStub(Optional<String> stub) {
        return stub.map(line -> new Verdict(Status.NOT_IMPLEMENTED, Text.same(line)));
    }

    /** The verdict for a program that ended instead of doing {@code what} ("before printing …", "without connecting"). */
    Verdict instead(Text what) {
        Optional<Verdict> atStub = atStub(stub);
        if (atStub.isPresent()) {
            return atStub.get();
        }
        Optional<Text> crash = exit == 0 ? Optional.empty() : cause;
        if (crash.isPresent()) {
            return new Verdict(Status.CRASHED, Text.about(what, "%s crashed: " + crash.get().en() + " (exit code %d) {what}; %s",
                    "%s crash: " + crash.get().id() + " (kode keluar %d) {what}; %s", name, exit, printed));
        }
        return new Verdict(exit == 0 ? Status.FAILED : Status.CRASHED, Text.about(what, "%s ended (exit code %d) {what}; %s",
                "%s berhenti (kode keluar %d) {what}; %s", name, exit, printed));
    }
}
