package socketlab.grader.grading;

import java.io.IOException;
import java.nio.file.Path;
import socketlab.grader.result.Scorecard;

/**
 * Grades one submission, the one way every command grades: as processes here ({@link Grader}) or in a container
 * of its own (the sandbox's), as the {@link Settings} say; a class's grader takes one and grades many with it.
 */
public interface SubmissionGrader {

    /**
     * Grades the submission (a folder or a .zip), using {@code work}, a folder of its own, to unpack, compile and
     * run; {@code label} names it in the reports.
     */
    Scorecard grade(String label, Path submission, Path work) throws IOException;
}
