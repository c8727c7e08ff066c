package socketlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;
import socketlab.grader.result.Student;

/**
 * A test "not judged" (another test's behaviour failed first) reads the same on every platform: 0 points, counted in
 * the maximum, shown as lost (never as a pass or a skip), its reason naming the test that judges the behaviour.
 */
final class NotJudgedReportsTest {
    private static final String WHY = "ServerKu did not accept the test's client; without it this test cannot judge its own subject:"
            + " \"prints the client's real address and port\" judges that";
    private static final Scorecard CARD = new Scorecard("tugas.zip", List.of(
            new Outcome(Outcome.Kind.TEST, Exercise.SERVER, "printsAnAnswerInUtf8Intact", new Text("prints UTF-8", "mencetak UTF-8"), 2,
                    Status.NOT_JUDGED, new Text(WHY, "tidak dinilai"), "server#accept", Duration.ofMillis(10), Outcome.Attempt.FIRST,
                    Text.same(""), List.of("ServerKu.serve: accept one client"))), 1, 100, 10);

    @TempDir
    Path folder;

    @Test
    void gradescopeShowsItFailedWorthItsPointsWithItsReasonAndTag() throws IOException {
        JsonNode test = new ObjectMapper().readTree(GradescopeReport.of(CARD, Lang.EN)).get("tests").get(0);
        assertAll(
                () -> assertThat(test.get("score").asInt()).isZero(),
                () -> assertThat(test.get("max_score").asInt()).isEqualTo(2),
                () -> assertThat(test.get("status").asText()).isEqualTo("failed"),
                () -> assertThat(test.get("output").asText()).startsWith("not judged: " + WHY).contains("handouts/en/server.md#accept"),
                () -> assertThat(test.get("tags")).extracting(JsonNode::asText).contains("not_judged"));
    }

    @Test
    void junitXmlShowsAFailureOfItsOwnTypeNeverASkip() {
        String xml = JUnitXmlReport.of(CARD, Lang.EN);
        assertThat(xml).contains("failures=\"1\"").contains("skipped=\"0\"").contains("type=\"not_judged\"").contains("not judged: ServerKu");
    }

    @Test
    void prairieLearnAndVplSayNotJudgedAndCountNoPoints() throws IOException {
        JsonNode test = new ObjectMapper().readTree(PrairieLearnReport.of(CARD, Lang.EN)).get("tests").get(0);
        String vpl = new VplReport(Lang.ID, 0, 10).of(CARD);
        assertAll(
                () -> assertThat(test.get("points").asInt()).isZero(),
                () -> assertThat(test.get("max_points").asInt()).isEqualTo(2),
                () -> assertThat(test.get("message").asText()).startsWith("not judged: ServerKu did not accept"),
                () -> assertThat(vpl).contains("tidak dinilai").contains("0/2").contains("Grade :=>> 0"));
    }

    @Test
    void theScorecardFilesMarkItApartAndKeepWhatItNeeded() throws IOException {
        ReportFiles.write(new GradedWork(CARD, new Student("work", "", "", null), Lang.EN, Map.of()), folder);
        ScorecardFile.write(CARD, folder);
        assertAll(
                () -> assertThat(folder.resolve("scorecard.md")).content().contains("➖ not judged | 0/2"),
                () -> assertThat(folder.resolve("scorecard.csv")).content().contains(",not_judged,0,2,"),
                () -> assertThat(ScorecardFile.read(folder).outcomes().get(0).needed()).containsExactly("ServerKu.serve: accept one client"));
    }
}
