package socketlab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;

/** Bad input to the grade command gets one clear line and exit code 2, never a stack trace. */
final class GradeCommandTest {
    static final String REPOSITORY = TestRepository.root().toString();

    @TempDir
    Path out;

    @Test
    void refusesASubmissionThatDoesNotExist() {
        assertRefused("grade: no such submission / kiriman tidak ada: /nonexistent/tugas.zip",
                "--repository", REPOSITORY, "--submission", "/nonexistent/tugas.zip", "--out", out.toString());
    }

    @Test
    void refusesAnUnknownTarget() {
        assertRefused("grade: grade.target is exercises or solutions, not \"students\" / grade.target harus exercises atau solutions",
                "--repository", REPOSITORY, "--target", "students", "--out", out.toString());
    }

    @Test
    void refusesAnUnknownLanguage() {
        assertRefused("grade: unknown language \"fr\": use id or en", "--repository", REPOSITORY, "--lang", "fr", "--out", out.toString());
    }

    @Test
    void refusesAWrongOptionWithUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GradeCommand.execute(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8),
                "--jobs", "many");
        assertAll(
                () -> assertThat(code).isEqualTo(2),
                () -> assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("Invalid value for option '--jobs': 'many' is not an int"));
    }

    private static void assertRefused(String line, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GradeCommand.execute(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        assertAll(
                () -> assertThat(code).isEqualTo(2),
                () -> assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(line + System.lineSeparator()));
    }
}
