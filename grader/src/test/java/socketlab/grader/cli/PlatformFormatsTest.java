package socketlab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;
import socketlab.grader.course.Exercise;
import socketlab.grader.report.ReportFiles;
import socketlab.grader.report.VplOutput;

/**
 * {@code grade --format}: one grading's output as a platform reads it. VPL's is checked with the rules VPL parses it by
 * ({@link VplOutput}); Autolab's last line is its autoresult.
 */
@Tag("proof")
final class PlatformFormatsTest {
    @TempDir
    Path out;

    @Test
    void vplGetsItsCommentsThenItsGradeAndNothingElse() throws IOException {
        String printed = grade("vpl");

        List<String> lines = printed.lines().toList();
        assertThat(lines.get(0)).isEqualTo("<|--");
        assertThat(lines.subList(1, lines.size() - 2)).allMatch(line -> line.startsWith("-") || line.startsWith(">"));
        assertThat(lines.get(lines.size() - 2)).isEqualTo("--|>");
        // 14 points of the course's full marks, scaled onto VPL's default 0..10
        String expected = BigDecimal.valueOf(10.0 * 14 / TestRepository.fullMarks())
                .setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        assertThat(VplOutput.parse(printed).grade()).contains(expected);
        try (Stream<Path> files = Files.list(out.resolve("card"))) {
            assertThat(files.map(path -> path.getFileName().toString())).as("the same files as a class's student's folder")
                    .containsExactlyInAnyOrderElementsOf(ReportFiles.names());
        }
    }

    @Test
    void autolabGetsTheScorecardThenItsAutoresultAsTheLastLine() throws IOException {
        String printed = grade("autolab");

        List<String> lines = printed.lines().toList();
        JsonNode autoresult = new ObjectMapper().readTree(lines.get(lines.size() - 1));
        assertThat(printed).contains("Total: 14/" + TestRepository.fullMarks());
        assertThat(autoresult.get("scores").get(Exercise.CLIENT.module()).asInt()).isEqualTo(14);
        assertThat(autoresult.get("scores").get(Exercise.SERVER.module()).asInt()).isZero();
        assertThat(autoresult.get("scoreboard").get(0).asInt()).isEqualTo(14);
    }

    /** Grades a submission of ClientKu alone (14 points) in this format; returns what it printed. */
    private String grade(String format) throws IOException {
        Path submission = Files.createDirectories(out.resolve("tugas"));
        Files.copy(TestRepository.root().resolve("solutions/client/src/main/java/socketlab/client/ClientKu.java"),
                submission.resolve("ClientKu.java"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = GraderCommand.execute(new PrintStream(printed, true, StandardCharsets.UTF_8), System.err, "grade", submission.toString(),
                "--repository", TestRepository.root().toString(), "--lang", "en", "--color", "never", "--format", format,
                "--out", out.resolve("card").toString());
        assertThat(code).as(printed.toString(StandardCharsets.UTF_8)).isZero();
        return printed.toString(StandardCharsets.UTF_8);
    }
}
