package socketlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Status;
import socketlab.grader.grading.Outcomes;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

final class AutolabReportTest {

    @Test
    void scoresEachExerciseAsAProblemNamedByItsModuleOnOneLine() throws IOException {
        Scorecard card = new Scorecard("tugas", List.of(outcome(Exercise.SERVER, "binds", 2, Status.PASSED),
                outcome(Exercise.SERVER, "greets", 2, Status.FAILED), outcome(Exercise.UDP_PING, "pings", 3, Status.PASSED)), 1, 1000, 100);

        String line = AutolabReport.autoresult(card);
        JsonNode read = new ObjectMapper().readTree(line);

        assertThat(line).doesNotContain("\n");
        assertThat(read.get("scores").properties()).extracting(entry -> entry.getKey() + "=" + entry.getValue().asInt())
                .containsExactly("server=2", "udp-ping=3");
        assertThat(read.get("scoreboard").get(0).asInt()).isEqualTo(5);
    }

    private static Outcome outcome(Exercise exercise, String test, int points, Status status) {
        return Outcomes.of(exercise, test, points, status);
    }
}
