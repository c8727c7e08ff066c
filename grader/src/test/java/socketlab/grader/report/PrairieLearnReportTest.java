package socketlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.grading.Outcomes;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/** PrairieLearn's results.json: only its fields, a score from 0 to 1, per-test points on every test, skipped shown neutral. */
final class PrairieLearnReportTest {
    private static final Set<String> TOP = Set.of("gradable", "score", "format_errors", "message", "output", "images", "tests");
    private static final Set<String> TEST = Set.of("name", "description", "points", "max_points", "message", "output", "images");

    @Test
    void scoresFromZeroToOneWithPointsOnEveryTestAndOnlyPrairieLearnsFields() throws IOException {
        Scorecard card = new Scorecard("tugas", List.of(outcome("binds", Status.PASSED, ""), outcome("greets", Status.FAILED, "no greeting"),
                outcome("elsewhere", Status.SKIPPED, "no Docker engine")), 1, 1000, 100);

        JsonNode results = new ObjectMapper().readTree(PrairieLearnReport.of(card, Lang.EN));

        assertThat(results.get("gradable").asBoolean()).isTrue();
        assertThat(results.get("score").asDouble()).isEqualTo(2.0 / 6);
        assertThat(Set.copyOf(iterable(results.fieldNames()))).isSubsetOf(TOP);
        for (JsonNode test : results.get("tests")) {
            assertThat(Set.copyOf(iterable(test.fieldNames()))).isSubsetOf(TEST).contains("name", "points", "max_points");
        }
        JsonNode skipped = results.get("tests").get(2);
        assertThat(skipped.get("max_points").asInt()).isZero();
        assertThat(skipped.get("points").asInt()).isZero();
        assertThat(results.get("tests").get(1).get("message").asText()).isEqualTo("failed: no greeting");
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> all = new ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
    }

    private static Outcome outcome(String test, Status status, String why) {
        return Outcomes.because(Exercise.SERVER, test, 2, status, Text.same(why));
    }
}
