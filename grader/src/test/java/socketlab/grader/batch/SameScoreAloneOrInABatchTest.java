package socketlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;
import socketlab.grader.cli.GradeClassCommand;
import socketlab.grader.corpus.Mutant;

/**
 * A submission gets the same points for every hidden test whether it is graded in a busy batch (two
 * submissions and two tests at once, beside hanging and flooding neighbours) or alone, one test at a time.
 * The benchmark (grader/bench/class.sh) checks the same on a class of 100.
 */
@Tag("proof")
final class SameScoreAloneOrInABatchTest {
    static final Path REPOSITORY = TestRepository.root();
    static final List<String> MUTANTS = List.of("server-accepts-again", "server-floods-stdout", "client-no-read-timeout",
            "looping-server-stops-on-a-reset", "address-detail-first-address-only", "server-reads-first-chunk");

    @TempDir
    Path work;

    @Test
    void givesEachSubmissionTheSamePointsAloneAsInABusyBatch() throws IOException {
        Path submissions = work.resolve("class");
        for (String name : MUTANTS) {
            submission(submissions.resolve(name), name);
        }
        submission(submissions.resolve("correct-1"), "");
        submission(submissions.resolve("correct-2"), "");
        Path out = work.resolve("out");

        run(submissions, out, "--jobs", "2", "--tests-at-once", "2");
        Map<String, Map<String, String>> inABatch = TestsCsv.pointsPerTest(out);
        run(submissions, out, "--jobs", "1", "--tests-at-once", "1", "--only", String.join(",", MUTANTS));
        Map<String, Map<String, String>> alone = TestsCsv.pointsPerTest(out);

        assertThat(alone).as("points per test, graded alone").hasSize(MUTANTS.size() + 2).isEqualTo(inABatch);
        assertThat(inABatch.get("correct-1").values()).as("a correct submission beside them").doesNotContain("0");
    }

    private static void submission(Path student, String mutantName) throws IOException {
        Mutant.writeCorrect(REPOSITORY.resolve("solutions"), student);
        if (!mutantName.isEmpty()) {
            Mutant.named(mutantName).writeInto(REPOSITORY.resolve("solutions"), student);
        }
    }

    private static void run(Path submissions, Path out, String... options) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] args = Stream.concat(Stream.of(submissions.toString(), "--out", out.toString(), "--repository", REPOSITORY.toString()),
                Stream.of(options)).toArray(String[]::new);
        int code = GradeClassCommand.execute(new PrintStream(output, true, StandardCharsets.UTF_8),
                new PrintStream(output, true, StandardCharsets.UTF_8), args);
        assertThat(code).as("exit code; output:%n%s", output.toString(StandardCharsets.UTF_8)).isZero();
    }
}
