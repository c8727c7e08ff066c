package socketlab.grader.result;

import java.time.Duration;
import java.util.List;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;

/**
 * One hidden test's result for a submission: which test, its names in both languages, the points it is
 * worth and earned, how it ended, why (in protocol terms) and which handout section to reread; for a test
 * "not judged", the behaviours it needed, any of which failed ({@code needed}, empty otherwise); where one was taken, the
 * capture of the test's own packets ({@code capture}: a pcap file, its path while grading, its path in the report folder
 * once written there; "" for none).
 */
public record Outcome(Kind kind, Exercise exercise, String test, Text name, int maxPoints, Status status, Text reason,
                      String section, Duration duration, Attempt attempt, Text transcript, List<String> needed, String capture) {

    /** An outcome with no capture of its packets. */
    public Outcome(Kind kind, Exercise exercise, String test, Text name, int maxPoints, Status status, Text reason,
            String section, Duration duration, Attempt attempt, Text transcript, List<String> needed) {
        this(kind, exercise, test, name, maxPoints, status, reason, section, duration, attempt, transcript, needed, "");
    }

    /** An outcome that needed nothing another test judges. */
    public Outcome(Kind kind, Exercise exercise, String test, Text name, int maxPoints, Status status, Text reason,
            String section, Duration duration, Attempt attempt, Text transcript) {
        this(kind, exercise, test, name, maxPoints, status, reason, section, duration, attempt, transcript, List.of());
    }

    /** How a quiz question's outcome names its test in the reports: {@code quiz.server.1}; a hidden test's method has no dot. */
    public static final String QUIZ = "quiz.";

    /** What earned the outcome: a hidden test, or a question of the quiz. */
    public enum Kind {
        /** A hidden black-box test of the submission's programs. */
        TEST,
        /** A question of the exercise's quiz, answered in quiz.txt. */
        QUIZ
    }

    /** A hidden test's outcome, with no transcript. */
    public Outcome(Exercise exercise, String test, Text name, int maxPoints, Status status, Text reason, String section,
            Duration duration, Attempt attempt) {
        this(Kind.TEST, exercise, test, name, maxPoints, status, reason, section, duration, attempt, Text.same(""));
    }

    /** Whether a transcript of the test's conversation comes with the outcome. */
    public boolean hasTranscript() {
        return !transcript.en().isEmpty();
    }

    /** Which run of the test gave this outcome. */
    public enum Attempt {
        /** The test's first run. */
        FIRST,
        /** A second run: the first timed out, and a timeout is only believed when it happens twice. */
        RETRIED,
        /** Not run: the submission's time limit was used up by tests before it. */
        NOT_RUN
    }

    /** The status as the scorecard shows it, saying when it comes from a retry. */
    public String statusText(Lang lang) {
        return status.in(lang) + (attempt == Attempt.RETRIED ? (lang == Lang.ID ? " (diulang)" : " (retried)") : "");
    }

    /** The same outcome from another attempt. */
    public Outcome as(Attempt other) {
        return new Outcome(kind, exercise, test, name, maxPoints, status, reason, section, duration, other, transcript, needed, capture);
    }

    /** The same outcome with the capture of its packets at {@code file}. */
    public Outcome withCapture(String file) {
        return new Outcome(kind, exercise, test, name, maxPoints, status, reason, section, duration, attempt, transcript, needed, file);
    }

    /** Whether the capture of the test's packets comes with the outcome. */
    public boolean hasCapture() {
        return !capture.isEmpty();
    }

    /** Whether the test lost its points for something the submission did (failed, timed out, crashed, not implemented). */
    public boolean lost() {
        return status != Status.PASSED && status != Status.SKIPPED && status != Status.NOT_JUDGED;
    }

    /** Whether this is a quiz question's outcome rather than a hidden test's. */
    public boolean isQuiz() {
        return kind == Kind.QUIZ;
    }

    /** The points earned: all of them for a pass, none otherwise. */
    public int points() {
        return status == Status.PASSED ? maxPoints : 0;
    }

    /** The points earned in these outcomes, together (an exercise's, a scorecard's). */
    public static int pointsOf(List<Outcome> outcomes) {
        return outcomes.stream().mapToInt(Outcome::points).sum();
    }

    /** The points these outcomes are worth, together. */
    public static int maxPointsOf(List<Outcome> outcomes) {
        return outcomes.stream().mapToInt(Outcome::maxPoints).sum();
    }
}
