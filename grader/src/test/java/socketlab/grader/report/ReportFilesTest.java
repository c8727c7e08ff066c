package socketlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Problem;
import socketlab.grader.course.Status;
import socketlab.grader.grading.Outcomes;
import socketlab.grader.result.Scorecard;
import socketlab.grader.result.Student;

/** The one writer of a grading's folder ({@link ReportFiles}) and what its platforms' adapters ({@link Platform}) write. */
final class ReportFilesTest {
    private static final Scorecard CARD = new Scorecard("tugas.zip", List.of(Outcomes.of(Exercise.SERVER, "greets", 2, Status.PASSED),
            Outcomes.of(Exercise.CLIENT, "answers", 3, Status.FAILED)), 2, 6000, 900);
    private static final Student STUDENT = new Student("budi", "Budi Santoso", "", Path.of("tugas.zip"));

    @TempDir
    Path work;

    @Test
    void writesEveryPlatformsFilesAndWhoseWorkItIsThenTheSavedScorecardLast() throws IOException {
        Path folder = work.resolve("card");

        List<Path> written = ReportFiles.write(new GradedWork(CARD, STUDENT, Lang.EN, Map.of()), folder);

        assertThat(written).extracting(path -> path.getFileName().toString()).containsExactlyElementsOf(ReportFiles.names());
        assertThat(listing(folder)).containsExactlyInAnyOrderElementsOf(ReportFiles.names());
        assertThat(ReportFiles.names()).endsWith(ScorecardFile.NAME).contains(GradescopeReport.NAME, PrairieLearnReport.NAME,
                JUnitXmlReport.NAME, ScorecardTables.MARKDOWN, ScorecardTables.CSV, StudentFile.NAME, "feedback.id.html");
        assertThat(StudentFile.read(folder)).isEqualTo(STUDENT);
        assertThat(ScorecardFile.read(folder).points()).isEqualTo(2);
        assertThat(ReportFiles.graded(folder)).isTrue();
    }

    @Test
    void aFolderWithoutItsSavedScorecardIsNotGradedWhateverElseItHolds() throws IOException {
        Path folder = work.resolve("card");
        ReportFiles.write(new GradedWork(CARD, STUDENT, Lang.EN, Map.of()), folder);
        Files.delete(folder.resolve(ScorecardFile.NAME));

        assertThat(ReportFiles.graded(folder)).isFalse();
        assertThat(listing(folder)).contains(GradescopeReport.NAME);
    }

    @Test
    void copiesTheJUnitXmlWhereCodeGradeAsksForItAndNowhereElseWhenItDoesNot() throws IOException {
        Path asked = work.resolve("cg/results/junit.xml");

        List<Path> written = ReportFiles.write(new GradedWork(CARD, STUDENT, Lang.EN, Map.of(CodeGradeCopy.LOCATION, asked.toString())),
                work.resolve("card"));
        ReportFiles.write(new GradedWork(CARD, STUDENT, Lang.EN, Map.of()), work.resolve("again"));

        assertThat(written).contains(asked);
        assertThat(asked).hasSameTextualContentAs(work.resolve("card").resolve(JUnitXmlReport.NAME));
        assertThat(listing(work)).containsExactlyInAnyOrder("card", "cg", "again");
    }

    @Test
    void vplRefusesAGradeRangeThatIsNotANumberBeforeAnythingIsGraded() {
        Adapter vpl = Platform.MOODLE_VPL.adapter();

        assertThatThrownBy(() -> vpl.check(Map.of("VPL_GRADEMIN", "0", "VPL_GRADEMAX", "ten"))).isInstanceOf(Problem.class)
                .hasMessageContaining("VPL_GRADEMAX");
        vpl.check(Map.of("VPL_GRADEMAX", "100"));
        assertThat(vpl.insteadOfTheScorecard(new GradedWork(CARD, STUDENT, Lang.EN, Map.of("VPL_GRADEMAX", "100"))).orElseThrow())
                .endsWith("Grade :=>> 40\n");
    }

    @Test
    void onlyAutolabAddsALastLineAndOnlyVplTakesThePlaceOfTheScorecard() {
        GradedWork graded = new GradedWork(CARD, STUDENT, Lang.EN, Map.of());
        for (Platform platform : Platform.values()) {
            assertThat(platform.adapter().lastLine(graded).isPresent()).as(platform.name()).isEqualTo(platform == Platform.AUTOLAB);
            assertThat(platform.adapter().insteadOfTheScorecard(graded).isPresent()).as(platform.name())
                    .isEqualTo(platform == Platform.MOODLE_VPL);
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }

    @Test
    void aLostTestsCaptureIsCopiedIntoTheFolderAndLinkedFromItsScorecard() throws IOException {
        Path taken = Files.write(work.resolve("taken.pcap"), new byte[] {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1});
        Scorecard card = new Scorecard("tugas.zip", List.of(CARD.outcomes().get(0),
                CARD.outcomes().get(1).withCapture(taken.toAbsolutePath().toString())), 2, 6000, 900);
        Path folder = work.resolve("card");

        List<Path> written = ReportFiles.write(new GradedWork(card, STUDENT, Lang.EN, Map.of()), folder);

        assertThat(written).contains(folder.resolve("captures/client/answers.pcap"));
        assertThat(folder.resolve("captures/client/answers.pcap")).hasSameBinaryContentAs(taken);
        assertThat(ScorecardFile.read(folder).outcomes()).extracting(outcome -> outcome.capture())
                .containsExactly("", "captures/client/answers.pcap");
        assertThat(Files.readString(folder.resolve(ScorecardTables.MARKDOWN)))
                .contains("[captures/client/answers.pcap](captures/client/answers.pcap)")
                .doesNotContain(Words.NO_CAPTURES.en());
    }

    @Test
    void anEarlierGradingsCapturesGoAndTheScorecardSaysWhyItLinksNone() throws IOException {
        Path taken = Files.write(work.resolve("taken.pcap"), new byte[] {1});
        Path folder = work.resolve("card");
        ReportFiles.write(new GradedWork(new Scorecard("tugas.zip", List.of(CARD.outcomes().get(1).withCapture(taken.toString())), 0, 1, 1),
                STUDENT, Lang.EN, Map.of()), folder);

        ReportFiles.write(new GradedWork(CARD, STUDENT, Lang.ID, Map.of()), folder);

        assertThat(folder.resolve("captures")).doesNotExist();
        assertThat(Files.readString(folder.resolve(ScorecardTables.MARKDOWN))).contains(Words.NO_CAPTURES.id());
    }

    @Test
    void aScorecardWithNothingLostSaysNothingOfCaptures() throws IOException {
        Path folder = work.resolve("card");
        ReportFiles.write(new GradedWork(new Scorecard("tugas.zip", List.of(CARD.outcomes().get(0)), 1, 1, 1), STUDENT, Lang.EN, Map.of()),
                folder);

        assertThat(Files.readString(folder.resolve(ScorecardTables.MARKDOWN))).doesNotContain(Words.NO_CAPTURES.en());
    }
}
