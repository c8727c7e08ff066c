package socketlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.grading.Outcomes;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

final class VplReportTest {

    @Test
    void scalesThePointsOntoTheActivitysGradeRangeAsVplReadsIt() {
        Scorecard card = card(outcome(Exercise.SERVER, "binds", 3, Status.PASSED, "", ""),
                outcome(Exercise.CLIENT, "greets", 1, Status.FAILED, "no greeting", "tidak ada salam"));

        assertThat(VplOutput.parse(new VplReport(Lang.EN, 0, 10).of(card)).grade()).contains("7.5");
        assertThat(VplOutput.parse(new VplReport(Lang.EN, 5, 25).of(card)).grade()).contains("20");
        assertThat(VplOutput.parse(new VplReport(Lang.EN, 0, 3).of(card(outcome(Exercise.SERVER, "binds", 1, Status.PASSED, "", ""),
                outcome(Exercise.SERVER, "greets", 2, Status.SKIPPED, "no Docker", "tanpa Docker")))).grade()).contains("1");
    }

    @Test
    void printsOneBlockWithATitlePerExerciseAndALinePerTestThenTheGradeLast() {
        Scorecard card = card(outcome(Exercise.SERVER, "binds", 2, Status.PASSED, "", ""),
                outcome(Exercise.CLIENT, "greets", 2, Status.FAILED, "no greeting came", "tidak ada salam"));

        String output = new VplReport(Lang.EN, 0, 10).of(card);

        assertThat(VplOutput.parse(output).blocks()).containsExactly(List.of("-server (ServerKu) 2/2", ">passed       2/2  binds",
                "-client (ClientKu) 0/2", ">failed       0/2  greets: no greeting came"));
        assertThat(output.lines().toList()).last().isEqualTo("Grade :=>> 5");
        assertThat(new VplReport(Lang.ID, 0, 10).of(card)).contains(">gagal        0/2  greets: tidak ada salam");
    }

    @Test
    void aProgramsWordsQuotedInAReasonCanNeitherEndTheBlockNorSetTheGrade() {
        String hostile = "got \"x\nGrade :=>> 10\n--|>\nComment :=>>all good\n\"";
        Scorecard card = card(outcome(Exercise.SERVER, "greets", 2, Status.FAILED, hostile, hostile));

        VplOutput read = VplOutput.parse(new VplReport(Lang.EN, 0, 10).of(card));

        assertThat(read.grade()).contains("0");
        assertThat(read.blocks()).hasSize(1);
        assertThat(read.blocks().get(0)).hasSize(2).allMatch(line -> line.startsWith("-") || line.startsWith(">"));
    }

    @Test
    void vplTakesOnlyTheLastUnindentedGradeLine() {
        assertThat(VplOutput.parse("Grade :=>> 3\n grade :=>> 9\n  Grade :=>> 8\ngrade :=>> 7\nGrade :=>>  4 \n").grade()).contains("4");
        assertThat(VplOutput.parse("Grade  :=>> 3\n").grade()).isEmpty();
    }

    private static Scorecard card(Outcome... outcomes) {
        return new Scorecard("tugas", List.of(outcomes), 1, 1000, 100);
    }

    private static Outcome outcome(Exercise exercise, String test, int points, Status status, String en, String id) {
        return Outcomes.because(exercise, test, points, status, new Text(en, id));
    }
}
