package socketlab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;
import socketlab.grader.course.Exercise;
import socketlab.grader.quiz.Quiz;
import socketlab.grader.grading.GradingRun;

/** The grader's command line: one submission or a class, bad input in one line of the language asked for, exit code 2. */
final class GradeCommandTest {
    static final String REPOSITORY = TestRepository.root().toString();

    @TempDir
    Path out;

    @Test
    void refusesASubmissionThatDoesNotExistInTheLanguageAskedFor() {
        assertAll(
                () -> assertRefused("grader: kiriman tidak ada: /nonexistent/tugas.zip",
                        "grade", "/nonexistent/tugas.zip", "--repository", REPOSITORY, "--out", out.toString()),
                () -> assertRefused("grader: no such submission: /nonexistent/tugas.zip",
                        "grade", "/nonexistent/tugas.zip", "--repository", REPOSITORY, "--lang", "en", "--out", out.toString()));
    }

    @Test
    void refusesAnUnknownTarget() {
        assertRefused("grader: --target (grade.target) is exercises or solutions, not \"students\"",
                "grade", "--repository", REPOSITORY, "--target", "students", "--lang=en", "--out", out.toString());
    }

    @Test
    void refusesAnUnknownLanguage() {
        assertRefused("grader: bahasa \"fr\" tidak dikenal: pakai id atau en",
                "grade", "--repository", REPOSITORY, "--lang", "fr", "--out", out.toString());
    }

    @Test
    void refusesAWrongOptionOrValueInOneLine() {
        assertAll(
                () -> assertRefused("grader: invalid value for --jobs: \"many\" (see --help)", "grade", "--jobs", "many", "--lang", "en"),
                () -> assertRefused("grader: opsi atau argumen tidak dikenal: --tests-at-once (lihat --help)",
                        "class", "here", "--out", out.toString(), "--tests-at-once", "8"),
                () -> assertRefused("grader: --jobs (hidden tests at once) must be from 1 to " + GradingRun.testCount() + ", not "
                        + (GradingRun.testCount() + 1), "class", REPOSITORY, "--out", out.toString(), "--jobs",
                        String.valueOf(GradingRun.testCount() + 1), "--lang", "en", "--repository", REPOSITORY),
                () -> assertRefused("grader: missing: <submissions> (see --help)", "class", "--lang", "en"));
    }

    @Test
    void showsItsCommandsWithoutOneAndExitsWithTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GraderCommand.execute(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertAll(
                () -> assertThat(code).isEqualTo(2),
                () -> assertThat(err.toString(StandardCharsets.UTF_8)).containsPattern("(Usage|Pemakaian): grader \\[-hV\\] \\[COMMAND\\]").contains("grade").contains("class"));
    }

    @Test
    void helpsInTheLanguageAskedFor() {
        ByteArrayOutputStream english = new ByteArrayOutputStream();
        ByteArrayOutputStream indonesian = new ByteArrayOutputStream();
        GraderCommand.execute(new PrintStream(english, true, StandardCharsets.UTF_8), System.err, "class", "--help", "--lang", "en");
        GraderCommand.execute(new PrintStream(indonesian, true, StandardCharsets.UTF_8), System.err, "class", "--help", "--lang", "id");
        assertAll(
                () -> assertThat(english.toString(StandardCharsets.UTF_8)).startsWith("grader class - grade a whole class")
                        .contains("--submissions-at-once"),
                () -> assertThat(indonesian.toString(StandardCharsets.UTF_8)).startsWith("grader class - menilai kiriman socket-lab satu kelas"));
    }

    @Test
    @Tag("proof")
    void gradesOneSubmissionAndPrintsItsScorecard() throws IOException {
        Path submission = Files.createDirectories(out.resolve("tugas"));
        Files.copy(Path.of(REPOSITORY, "solutions/client/src/main/java/socketlab/client/ClientKu.java"), submission.resolve("ClientKu.java"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = GraderCommand.execute(new PrintStream(printed, true, StandardCharsets.UTF_8), System.err, "grade", submission.toString(),
                "--repository", REPOSITORY, "--lang", "en", "--color", "never", "--out", out.resolve("card").toString());
        String scorecard = printed.toString(StandardCharsets.UTF_8);
        assertAll(
                () -> assertThat(code).as(scorecard).isZero(),
                () -> assertThat(scorecard).containsPattern("client \\(ClientKu\\) +14/" + (14 + Quiz.course().of(Exercise.CLIENT).size())).contains("Total: 14/" + TestRepository.fullMarks()),
                () -> assertThat(out.resolve("card/results.json")).exists());
    }

    private static void assertRefused(String line, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GraderCommand.execute(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        assertAll(
                () -> assertThat(code).as("exit code of %s", String.join(" ", args)).isEqualTo(2),
                () -> assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(line + System.lineSeparator()));
    }
}
