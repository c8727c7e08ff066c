package socketlab.grader.cli;

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
        if (code == 1) {
            throw new IllegalStateException("the score is below grade.failUnder / skor di bawah grade.failUnder");
        }
        if (code != 0) {
            throw new IllegalStateException("grading could not be done (see the line above) / penilaian tidak bisa dilakukan");
        }
    }
}
