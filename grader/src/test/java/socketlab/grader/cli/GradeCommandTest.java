package socketlab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;
import socketlab.grader.course.Exercise;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.quiz.Quiz;

/** The grader's command line: one submission or a class, bad input in one line of the language asked for, exit code 2. */
final class GradeCommandTest {
    static final String REPOSITORY = TestRepository.root().toString();

    @TempDir
    Path out;

    @Test
    void refusesASubmissionThatDoesNotExistInTheLanguageAskedFor() {
        assertAll(
                () -> assertRefused("grader: kiriman tidak ada: /nonexistent/tugas.zip",
                        "grade", "/nonexistent/tugas.zip", "--repository", REPOSITORY, "--lang", "id", "--out", out.toString()),
                () -> assertRefused("grader: no such submission: /nonexistent/tugas.zip",
                        "grade", "/nonexistent/tugas.zip", "--repository", REPOSITORY, "--lang", "en", "--out", out.toString()));
    }

    @Test
    void speaksTheMachinesLanguageWithoutLangForHelpAndErrorsAlike() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            String englishHelp = printed("grade", "--help");
            assertRefused("grader: no such submission: /nonexistent/tugas.zip", "grade", "/nonexistent/tugas.zip", "--out", out.toString());
            Locale.setDefault(Locale.forLanguageTag("id-ID"));
            String indonesianHelp = printed("grade", "--help");
            assertRefused("grader: kiriman tidak ada: /nonexistent/tugas.zip", "grade", "/nonexistent/tugas.zip", "--out", out.toString());
            assertAll(
                    () -> assertThat(englishHelp).startsWith("grader grade - grade one socket-lab submission")
                            .contains("Hidden tests of one submission run at once"),
                    () -> assertThat(indonesianHelp).startsWith("grader grade - menilai satu kiriman socket-lab")
                            .contains("Jumlah tes tersembunyi satu kiriman"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void refusesAChoiceItDoesNotOfferNamingThoseItDoes() {
        assertAll(
                () -> assertRefused("grader: --target is one of exercises, solutions, not \"students\"",
                        "grade", "--repository", REPOSITORY, "--target", "students", "--lang=en", "--out", out.toString()),
                () -> assertRefused("grader: --sandbox adalah salah satu dari process, container, bukan \"vm\"",
                        "grade", "--sandbox", "vm", "--lang", "id"),
                () -> assertRefused("grader: --color is one of auto, always, never, not \"sometimes\"",
                        "grade", "--color", "sometimes", "--lang", "en"));
    }

    @Test
    void refusesAnUnknownLanguageInTheMachinesLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertRefused("grader: --lang is one of id, en, not \"fr\"", "grade", "--repository", REPOSITORY, "--lang", "fr");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void refusesAWrongOptionOrValueInOneLine() {
        assertAll(
                () -> assertRefused("grader: invalid value for --tests-at-once: \"many\" (see --help)", "grade", "--tests-at-once", "many",
                        "--lang", "en"),
                () -> assertRefused("grader: opsi atau argumen tidak dikenal: --jobs (lihat --help)",
                        "class", "here", "--out", out.toString(), "--jobs", "8", "--lang", "id"),
                () -> assertRefused("grader: --tests-at-once (hidden tests at once) must be from 1 to " + GradingRun.testCount() + ", not "
                        + (GradingRun.testCount() + 1), "class", REPOSITORY, "--out", out.toString(), "--tests-at-once",
                        String.valueOf(GradingRun.testCount() + 1), "--lang", "en", "--repository", REPOSITORY),
                () -> assertRefused("grader: missing: <submissions> (see --help)", "class", "--lang", "en"));
    }

    @Test
    void aClassFolderWithoutSubmissionsIsOneLineAndExitCodeTwoInEitherSandbox() throws IOException {
        Path empty = Files.createDirectories(out.resolve("empty"));
        String line = "grader: no submissions in " + empty + ": a submission is a folder or a .zip, one per student";
        assertAll(
                () -> assertRefused(line, "class", empty.toString(), "--out", out.resolve("r").toString(), "--repository", REPOSITORY,
                        "--lang", "en"),
                () -> assertRefused(line, "class", empty.toString(), "--out", out.resolve("r").toString(), "--repository", REPOSITORY,
                        "--lang", "en", "--sandbox", "container"));
    }

    @Test
    void aDamagedZipIsOneOfTheSubmissionsThatCouldNotBeGraded() throws IOException {
        Path submissions = Files.createDirectories(out.resolve("class"));
        Files.write(submissions.resolve("dewi.zip"), new byte[] {'P', 'K', 3, 4, 'g', 'a', 'r', 'b', 'a', 'g', 'e'});
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = GraderCommand.execute(new PrintStream(printed, true, StandardCharsets.UTF_8), System.err, "class", submissions.toString(),
                "--out", out.resolve("results").toString(), "--repository", REPOSITORY, "--lang", "en");
        assertAll(
                () -> assertThat(code).as("exit code: some could not be graded").isEqualTo(1),
                () -> assertThat(printed.toString(StandardCharsets.UTF_8)).contains("dewi: could not be graded: dewi.zip: the archive is damaged"),
                () -> assertThat(out.resolve("results/gradebook.csv")).exists());
    }

    @Test
    void showsItsCommandsWithoutOneAndExitsWithTwo() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GraderCommand.execute(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertAll(
                () -> assertThat(code).isEqualTo(2),
                () -> assertThat(err.toString(StandardCharsets.UTF_8)).containsPattern("(Usage|Pemakaian): grader \\[-hV\\] \\[COMMAND\\]")
                        .contains("grade").contains("class"));
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
                () -> assertThat(scorecard).containsPattern("client \\(ClientKu\\) +14/" + (14 + Quiz.course().of(Exercise.CLIENT).size()))
                        .contains("Total: 14/" + TestRepository.fullMarks()),
                () -> assertThat(out.resolve("card/results.json")).exists());
    }

    private static String printed(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GraderCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, args);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void assertRefused(String line, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GraderCommand.execute(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        assertAll(
                () -> assertThat(code).as("exit code of %s", String.join(" ", args)).isEqualTo(2),
                () -> assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(line + System.lineSeparator()));
    }
}
