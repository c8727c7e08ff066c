package socketlab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
import socketlab.grader.report.GradedWork;
import socketlab.grader.report.ReportFiles;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;
import socketlab.grader.result.Student;

/** The last words of {@code mvn verify}: the total of the scorecard the grade step saved, and where its files are. */
final class MavenScorecardTest {
    @TempDir
    Path root;

    @Test
    void printsTheSavedTotalAndTheFilesInTheLanguageAskedFor() throws IOException {
        Path folder = root.resolve("grader/target/scorecard");
        ReportFiles.write(new GradedWork(scorecard(), new Student("work", "", "", null), Lang.EN, Map.of()), folder);

        String printed = lastWords(root.toString(), folder.toString(), "--lang=en");

        assertThat(printed.lines().toList()).contains("socket-lab scorecard - graded: exercises/", "Total: 2/5 (40.0%)",
                "  -> grader/target/scorecard/scorecard.md", "  -> grader/target/scorecard/results.json");
    }

    @Test
    void speaksIndonesianUnlessAskedAndNamesAMissingScorecard() throws IOException {
        Path folder = root.resolve("grader/target/scorecard");

        String missing = lastWords(root.toString(), folder.toString(), "--lang=id");
        ReportFiles.write(new GradedWork(scorecard(), new Student("work", "", "", null), Lang.EN, Map.of()), folder);
        String indonesian = lastWords(root.toString(), folder.toString(), "--lang=");

        assertThat(missing).startsWith("tidak ada scorecard di grader/target/scorecard");
        assertThat(indonesian).contains("Total: 2/5 (40.0%)").contains("yang dinilai: exercises/");
    }

    private static String lastWords(String... args) throws IOException {
        PrintStream before = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            MavenScorecard.main(args);
        } finally {
            System.setOut(before);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Scorecard scorecard() {
        return new Scorecard("exercises/", List.of(
                new Outcome(Exercise.SERVER, "greetsTheClientWithTheExactText", new Text("greets the client", "menyapa client"), 2,
                        Status.PASSED, Text.same(""), "server#send", Duration.ofMillis(300), Outcome.Attempt.FIRST),
                new Outcome(Exercise.SERVER, "servesExactlyOneClient", new Text("serves one client", "melayani satu client"), 3,
                        Status.FAILED, Text.same("no greeting"), "server#accept", Duration.ofSeconds(1), Outcome.Attempt.FIRST)),
                2, 6000, 900);
    }
}
