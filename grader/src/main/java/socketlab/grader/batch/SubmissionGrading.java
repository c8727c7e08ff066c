package socketlab.grader.batch;

import java.io.IOException;
import java.nio.file.Path;
import socketlab.grader.grading.Scorecard;

/** How a class's grader grades one submission: as processes here, or in a container of its own. */
@FunctionalInterface
public interface SubmissionGrading {

    /** Grades the submission (a folder or a zip) of {@code id}, using {@code work} as its own work folder. */
    Scorecard grade(String id, Path submission, Path work) throws IOException;
}
