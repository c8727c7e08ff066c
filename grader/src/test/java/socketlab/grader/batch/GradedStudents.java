package socketlab.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Status;
import socketlab.grader.grading.Outcomes;
import socketlab.grader.report.ScorecardFile;
import socketlab.grader.report.StudentFile;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;
import socketlab.grader.result.Student;

/** Test fixture: a graded student's folder as the class grader leaves it, without grading anyone. */
final class GradedStudents {

    private GradedStudents() {
    }

    /**
     * Saves who the student is, then a scorecard of two server and two client tests (22 and 43 points at most), the
     * mark of done.
     */
    static Path save(ClassResults results, Student student, int serverPoints, int clientPoints) throws IOException {
        Path folder = Files.createDirectories(results.folderOf(student));
        StudentFile.write(student, folder);
        ScorecardFile.write(new Scorecard(student.id(), List.of(
                outcome(Exercise.SERVER, "greets", serverPoints, Status.PASSED), outcome(Exercise.SERVER, "serves", 22 - serverPoints,
                        Status.FAILED),
                outcome(Exercise.CLIENT, "answers", clientPoints, Status.PASSED), outcome(Exercise.CLIENT, "reads", 43 - clientPoints,
                        Status.FAILED)), 0, 0, 0), folder);
        return folder;
    }

    private static Outcome outcome(Exercise exercise, String test, int points, Status status) {
        return Outcomes.of(exercise, test, points, status);
    }
}
