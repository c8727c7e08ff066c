package socketlab.grader.cli;

import java.util.Arrays;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Messages;
import socketlab.grader.docker.DockerEngine;

/**
 * The grader's entry point for {@code mvn verify} (run by exec:java inside Maven): grades, prints the
 * scorecard, and fails the build with a plain message when grading cannot be done or the score is below
 * {@code grade.failUnder}. It never calls System.exit, which would end Maven itself.
 */
public final class MavenGrade {

    private MavenGrade() {
    }

    public static void main(String[] args) {
        // a property left empty in the pom (-Dgrade.testsAtOnce=) leaves the option out: its default is the grader's own
        String[] given = Arrays.stream(args).filter(arg -> !arg.endsWith("=")).toArray(String[]::new);
        int code;
        try {
            code = GradeCommand.execute(System.out, System.err, given);
        } finally {
            DockerEngine.cleanUpNow();
        }
        Messages messages = Messages.in(Commands.askedFor(given).orElse(Lang.machine()));
        if (code == 1) {
            throw new IllegalStateException(messages.get("maven.belowBar"));
        }
        if (code != 0) {
            throw new IllegalStateException(messages.get("maven.failed"));
        }
    }
}
