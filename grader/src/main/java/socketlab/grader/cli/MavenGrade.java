package socketlab.grader.cli;

import socketlab.grader.course.Lang;
import socketlab.grader.course.Messages;

/**
 * The grader's entry point for {@code mvn verify} (run by exec:java inside Maven): grades, prints the
 * scorecard, and fails the build with a plain message when grading cannot be done or the score is below
 * {@code grade.failUnder}. It never calls System.exit, which would end Maven itself.
 */
public final class MavenGrade {

    private MavenGrade() {
    }

    public static void main(String[] args) {
        int code = GradeCommand.execute(System.out, System.err, args);
        Messages messages = Messages.in(Commands.askedFor(args).orElse(Lang.ID));
        if (code == 1) {
            throw new IllegalStateException(messages.get("maven.belowBar"));
        }
        if (code != 0) {
            throw new IllegalStateException(messages.get("maven.failed"));
        }
    }
}
