package socketlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.grading.Outcomes;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/**
 * Gradescope's results.json holds only the fields its autograder specification names (docs/specs.md of
 * gradescope/autograder_samples), numbers each test {@code <exercise>.<test>}, sums the tests' points into the score,
 * shows the tests' Markdown and keeps the grader's own log (stdout) for the staff.
 */
final class GradescopeReportTest {
    private static final List<String> TOP_LEVEL = List.of("score", "execution_time", "output", "output_format", "test_output_format",
            "test_name_format", "visibility", "stdout_visibility", "extra_data", "tests", "leaderboard");
    private static final List<String> PER_TEST = List.of("score", "max_score", "status", "name", "name_format", "number", "output",
            "output_format", "tags", "visibility", "extra_data");

    @Test
    void writesOnlyTheSpecificationsFields() throws IOException {
        JsonNode results = results(CARD);

        assertAll(
                () -> assertThat(names(results)).isSubsetOf(TOP_LEVEL).contains("score", "tests", "output", "stdout_visibility"),
                () -> assertThat(results.get("tests")).allSatisfy(test -> assertThat(names(test)).isSubsetOf(PER_TEST)
                        .contains("name", "number", "score", "max_score", "output", "visibility")));
    }

    @Test
    void numbersEachTestByItsExerciseAndSumsThePoints() throws IOException {
        JsonNode results = results(CARD);

        assertAll(
                () -> assertThat(results.get("tests").findValuesAsText("number")).containsExactly("1.1", "1.2", "3.1"),
                () -> assertThat(results.get("score").asInt()).isEqualTo(results.get("tests").findValues("score").stream()
                        .mapToInt(JsonNode::asInt).sum()).isEqualTo(6),
                () -> assertThat(results.get("tests").findValuesAsText("status")).containsExactly("passed", "failed", "passed"),
                () -> assertThat(results.get("output_format").asText()).isEqualTo("md"),
                () -> assertThat(results.get("stdout_visibility").asText()).as("the grader's log, for the staff").isEqualTo("hidden"),
                () -> assertThat(results.get("visibility").asText()).isEqualTo("visible"),
                () -> assertThat(results.get("execution_time").asInt()).isEqualTo(7));
    }

    @Test
    void speaksTheLanguageOfTheRun() throws IOException {
        JsonNode results = new ObjectMapper().readTree(GradescopeReport.of(CARD, Lang.ID));

        assertThat(results.get("tests").get(1).get("output").asText())
                .isEqualTo("melewati batas waktu: masih berjalan\n\nbaca lagi: `handouts/id/server.md#start`");
    }

    private static JsonNode results(Scorecard card) throws IOException {
        return new ObjectMapper().readTree(GradescopeReport.of(card, Lang.EN));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static final Scorecard CARD = new Scorecard("tugas.zip", List.of(
            outcome(Exercise.SERVER, "greets", 2, Status.PASSED),
            outcome(Exercise.SERVER, "serves", 3, Status.TIMED_OUT),
            outcome(Exercise.CLIENT, "answers", 4, Status.PASSED)), 3, 6500, 900);

    private static Outcome outcome(Exercise exercise, String test, int points, Status status) {
        return Outcomes.because(exercise, test, points, status, new Text("still running", "masih berjalan"));
    }
}
