package socketlab.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import socketlab.grader.course.Exercise;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/**
 * The scorecard as Autolab reads a job's output: its last line, an autoresult {@code {"scores": {...}}} with one
 * problem per exercise, named by the exercise's module as the lab's problems are ({@code server}, {@code client}, …),
 * and the scoreboard's one column, the total.
 */
public final class AutolabReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AutolabReport() {
    }

    /** Autolab's adapter: the person's scorecard, then the autoresult as the last line of stdout. */
    static final class OnStdout implements Adapter {
        @Override
        public Optional<String> lastLine(GradedWork work) {
            return Optional.of(autoresult(work.card()));
        }
    }

    /** The autoresult, one line without its newline. */
    public static String autoresult(Scorecard card) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode scores = root.putObject("scores");
        for (Map.Entry<Exercise, List<Outcome>> exercise : card.byExercise().entrySet()) {
            scores.put(exercise.getKey().module(), Outcome.pointsOf(exercise.getValue()));
        }
        root.putArray("scoreboard").add(card.points());
        return root.toString();
    }
}
