package socketlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.quiz.Quiz;

/**
 * A grade depends on the work, never on the load: a class of correct, slow, hanging and wrong submissions
 * ({@link StressClass}) graded with four times as many submissions at once as cores and every test at once,
 * and at the defaults beside a program that keeps one core busy, gives every test of every submission the same
 * status and points as grading each submission alone. (The defaults without the busy core are not graded again:
 * the busy core is the harder case of the same settings, and each grading of the class costs minutes.)
 */
@Tag("proof")
final class StressProofTest {
    static final Path REPOSITORY = TestRepository.root();

    @TempDir
    Path work;

    @Test
    void givesEveryTestTheSameStatusAndPointsAtAnyLoad() throws IOException, InterruptedException {
        Path submissions = work.resolve("class");
        List<String> fullMarks = StressClass.write(REPOSITORY, submissions);
        int cores = Runtime.getRuntime().availableProcessors();

        Map<String, Map<String, String>> runs = new LinkedHashMap<>();
        runs.put("alone (--submissions-at-once 1)", grade(submissions, "alone", "--submissions-at-once", "1"));
        runs.put("--submissions-at-once " + 4 * cores + " --tests-at-once " + GradingRun.testCount(), grade(submissions, "crowded",
                "--submissions-at-once", String.valueOf(4 * cores), "--tests-at-once", String.valueOf(GradingRun.testCount())));
        try (CpuHog hog = CpuHog.start()) {
            runs.put("defaults beside a busy core", grade(submissions, "hog"));
        }

        Map<String, String> alone = runs.remove("alone (--submissions-at-once 1)");
        int compared = 0;
        for (Map.Entry<String, Map<String, String>> run : runs.entrySet()) {
            assertThat(StressClass.differences(alone, run.getValue())).as("%s against alone", run.getKey()).isEmpty();
            compared += run.getValue().size();
        }
        System.out.printf("stress proof: %d submissions; %d test results of %d gradings (%s) compared with grading alone: 0 differ%n",
                submissions.toFile().list().length, compared, runs.size(), String.join("; ", runs.keySet()));
        assertAll(
                () -> assertThat(alone).as("every hidden test's and quiz question's result of every submission")
                        .hasSize(submissions.toFile().list().length * (GradingRun.testCount() + Quiz.course().questions().size())),
                () -> assertThat(alone).as("the correct and the slow but correct submissions")
                        .allSatisfy((test, result) -> {
                            if (fullMarks.contains(test.substring(0, test.indexOf(' ')))) {
                                assertThat(result).as(test).startsWith("passed");
                            }
                        }),
                () -> assertThat(alone.values()).as("the hanging ones time out somewhere").anyMatch(result -> result.startsWith("timed_out")));
    }

    private Map<String, String> grade(Path submissions, String name, String... options) throws IOException {
        Path out = work.resolve(name);
        long start = System.nanoTime();
        StressClass.grade(REPOSITORY, submissions, out, options);
        System.out.printf("stress proof: graded %s (%s) in %d s%n", name, String.join(" ", options), (System.nanoTime() - start) / 1_000_000_000L);
        return StressClass.results(out);
    }
}
