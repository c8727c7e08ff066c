package socketlab.selfcheck;

import static socketlab.selfcheck.Words.say;

import java.util.List;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Shows, with every failed self-check, what the programs it ran printed (stdout and stderr, line by line) and how
 * they ended: a program's own error line, such as "PingKu: Receive timed out", comes before the check that failed
 * because of it. A stub reached is left to {@link NotImplementedYet}. Register it with {@link SelfCheck}.
 */
public final class ProgramTranscripts implements BeforeEachCallback, TestExecutionExceptionHandler {

    @Override
    public void beforeEach(ExtensionContext context) {
        ProgramRun.forgetStarted();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        List<ProgramRun> runs = ProgramRun.started();
        if (runs.isEmpty() || thrown instanceof TestAbortedException || NotImplementedYet.isStubMessage(thrown.getMessage())) {
            throw thrown;
        }
        throw new AssertionFailedError(withTranscripts(thrown, runs), thrown);
    }

    /** First the error line of each program that failed, then the check's failure, then each program's transcript. */
    static String withTranscripts(Throwable thrown, List<ProgramRun> runs) {
        StringBuilder text = new StringBuilder();
        for (ProgramRun run : runs) {
            run.failure().ifPresent(line -> text.append(line).append("\n"));
        }
        text.append((thrown instanceof AssertionError ? String.valueOf(thrown.getMessage()) : thrown.toString()).strip());
        for (ProgramRun run : runs) {
            text.append("\n").append(run.transcript());
        }
        return text.append("\n").append(say("(out| is what the program printed on System.out, err| on System.err)",
                "(out| adalah cetakan program di System.out, err| di System.err)")).toString();
    }
}
