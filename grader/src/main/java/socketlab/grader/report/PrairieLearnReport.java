package socketlab.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/**
 * The scorecard in PrairieLearn's external-grading format, which its entrypoint copies to
 * {@code /grade/results/results.json}: {@code gradable}, {@code score} from 0 to 1, {@code message}, {@code output},
 * and a test per hidden test and quiz question ({@code name}, {@code points}, {@code max_points}, {@code message},
 * {@code output}). A test not run here has {@code max_points} 0, which PrairieLearn shows neutral, never failed.
 */
public final class PrairieLearnReport {
    /** The file's name beside the scorecard's other files. */
    public static final String NAME = "prairielearn.json";

    private PrairieLearnReport() {
    }

    /** The whole file. */
    public static String of(Scorecard card, Lang lang) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("gradable", true);
        root.put("score", card.maxPoints() == 0 ? 0.0 : (double) card.points() / card.maxPoints());
        root.put("message", Words.SCORECARD.in(lang) + ": " + card.points() + "/" + card.maxPoints()
                + Words.untested(card, lang).map(line -> " - " + line).orElse(""));
        root.put("output", "");
        ArrayNode tests = root.putArray("tests");
        for (Outcome outcome : card.outcomes()) {
            boolean skipped = outcome.status() == Status.SKIPPED;
            ObjectNode test = tests.addObject();
            test.put("name", outcome.exercise().module() + ": " + outcome.name().in(lang));
            test.put("points", outcome.points());
            test.put("max_points", skipped ? 0 : outcome.maxPoints());
            test.put("message", outcome.status() == Status.PASSED ? outcome.statusText(lang)
                    : skipped ? Words.notTestedHere(outcome).in(lang) : outcome.statusText(lang) + ": " + outcome.reason().in(lang));
            test.put("output", outcome.hasTranscript() ? outcome.transcript().in(lang) : "");
        }
        return json.writeValueAsString(root) + "\n";
    }
}
