package socketlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.cli.GraderCommand;
import socketlab.grader.course.Exercise;
import socketlab.grader.report.ResultsDiff;

/**
 * A class graded as the Kubernetes Indexed Job in grader/deploy grades it, each index's command as the manifest writes
 * it, then merged by the merge Job's command, equals the class graded in one run, student by student and test by test
 * (grader diff finds nothing moved), with the same tests.csv and the same gradebook but for when each was graded.
 */
@Tag("proof")
final class ShardedClassTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @TempDir
    Path work;

    @Test
    void theIndexedJobsShardsMergedByTheMergeJobGiveTheOneMachineResult() throws IOException {
        Path submissions = SmallClass.write(work.resolve("class/submissions"));
        Path whole = work.resolve("whole");
        run("class", submissions.toString(), "--out", whole.toString(), "--repository", ClassSubmissions.REPOSITORY.toString());
        JsonNode job = YAML.readTree(Files.readString(DeployFilesTest.GRADE_JOB).split("\n---\n")[0]);
        int completions = job.at("/spec/completions").asInt();
        for (int index = 0; index < completions; index++) {
            run(podArgs(job, String.valueOf(index)));
        }
        run(podArgs(YAML.readTree(DeployFilesTest.MERGE_JOB.toFile()), ""));

        Path merged = work.resolve("class/results/class");
        ResultsDiff diff = ResultsDiff.of(whole, merged);
        assertAll(
                () -> assertThat(diff.students()).isEqualTo(SmallClass.SIZE),
                () -> assertThat(IntStream.range(0, completions).mapToObj(shard -> graded(work.resolve("class/results/shard-" + shard))))
                        .as("students per shard").containsExactly(1, 2, 1, 1),
                () -> assertThat(diff.changes()).isEmpty(),
                () -> assertThat(merged.resolve("tests.csv")).hasSameTextualContentAs(whole.resolve("tests.csv")),
                () -> assertThat(SmallClass.withoutGradedAt(merged)).isEqualTo(SmallClass.withoutGradedAt(whole)));
    }

    /** A Job's pod's grader arguments, its volume's /class here and the course repository this one, for this index. */
    private String[] podArgs(JsonNode job, String index) {
        List<String> args = new ArrayList<>();
        for (JsonNode arg : job.at("/spec/template/spec/containers/0/args")) {
            args.add(arg.asText().replace("$(JOB_COMPLETION_INDEX)", index)
                    .replace("/class/course", ClassSubmissions.REPOSITORY.toString()).replace("/class/", work.resolve("class") + "/"));
        }
        return args.toArray(String[]::new);
    }

    private static int graded(Path shard) {
        try {
            return new ClassResults(shard).graded().size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        String[] all = Stream.concat(Stream.of(args), Stream.of("--lang", "en")).toArray(String[]::new);
        int code = GraderCommand.execute(print, print, all);
        assertThat(code).as("grader %s; output:%n%s", String.join(" ", args), out.toString(StandardCharsets.UTF_8)).isZero();
    }

    /** A class of five, quick to grade: two exercises at most each, one that does not compile. */
    static final class SmallClass {
        static final int SIZE = 5;

        private SmallClass() {
        }

        static Path write(Path submissions) throws IOException {
            Path moodle = Files.createDirectories(submissions.resolve("Ani Lestari_101_assignsubmission_file_"));
            ClassSubmissions.zip(moodle.resolve("tugas.zip"), List.of(Exercise.SERVER, Exercise.CLIENT), false);
            ClassSubmissions.copySolutions(submissions.resolve("budi"), List.of(Exercise.SERVER));
            ClassSubmissions.zip(submissions.resolve("citra.zip"), List.of(Exercise.CLIENT), true);
            ClassSubmissions.copySolutions(submissions.resolve("dewi"), List.of(Exercise.ADDRESS_DETAIL));
            ClassSubmissions.zip(submissions.resolve("eko.zip"), List.of(Exercise.CLIENT), false);
            return submissions;
        }

        /** The gradebook's rows without the last column, the time each student was graded. */
        static List<String> withoutGradedAt(Path results) throws IOException {
            return Files.readAllLines(results.resolve("gradebook.csv")).stream().map(row -> row.substring(0, row.lastIndexOf(','))).toList();
        }
    }
}
