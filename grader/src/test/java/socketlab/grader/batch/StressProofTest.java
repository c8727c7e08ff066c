package socketlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;
import socketlab.grader.corpus.GradedAhead;
import socketlab.grader.corpus.Mutant;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.quiz.Quiz;

/**
 * A grade depends on the work, never on the load: a class of correct, slow, hanging and wrong submissions
 * ({@link StressClass}) graded with four times as many submissions at once as cores and every test at once,
 * and at the defaults beside a program that keeps one core busy, gives every test of every submission the same
 * status and points as the reference grading: the correct and slow ones graded alone, one at a time (one of the
 * four identical correct ones stands for all four), and each mutant's grading on its own by the corpus proof,
 * which shares it ({@link GradedAhead}: the same submission, {@link GradedAhead#AT_ONCE} at a time, every test at once). (The defaults
 * without the busy core are not graded again: the busy core is the harder case of the same settings, and each
 * grading of the class costs minutes.)
 */
@Tag("proof")
final class StressProofTest {
    static final Path REPOSITORY = TestRepository.root();
    private static final String REFERENCE = "reference";

    @TempDir
    Path work;

    @Test
    void givesEveryTestTheSameStatusAndPointsAtAnyLoad() throws IOException, InterruptedException {
        Path submissions = work.resolve("class");
        List<String> fullMarks = StressClass.write(REPOSITORY, submissions);
        int cores = Runtime.getRuntime().availableProcessors();

        Map<String, Map<String, String>> runs = new LinkedHashMap<>();
        runs.put(REFERENCE, reference(submissions, fullMarks));
        runs.put("--submissions-at-once " + 4 * cores + " --tests-at-once " + GradingRun.testCount(), grade(submissions, "crowded",
                "--submissions-at-once", String.valueOf(4 * cores), "--tests-at-once", String.valueOf(GradingRun.testCount())));
        try (CpuHog hog = CpuHog.start()) {
            runs.put("defaults beside a busy core", grade(submissions, "hog"));
        }

        Map<String, String> reference = runs.remove(REFERENCE);
        int compared = 0;
        for (Map.Entry<String, Map<String, String>> run : runs.entrySet()) {
            assertThat(StressClass.differences(reference, run.getValue())).as("%s against the reference", run.getKey()).isEmpty();
            compared += run.getValue().size();
        }
        System.out.printf("stress proof: %d submissions; %d test results of %d gradings (%s) compared with the reference: 0 differ%n",
                submissions.toFile().list().length, compared, runs.size(), String.join("; ", runs.keySet()));
        assertAll(
                () -> assertThat(reference).as("every hidden test's and quiz question's result of every submission")
                        .hasSize(submissions.toFile().list().length * (GradingRun.testCount() + Quiz.course().questions().size())),
                () -> assertThat(reference).as("the correct and the slow but correct submissions")
                        .allSatisfy((test, result) -> {
                            if (StressClass.mustPass(test)) {
                                assertThat(result).as(test).startsWith("passed");
                            }
                        }),
                () -> assertThat(reference.values()).as("the hanging ones time out somewhere").anyMatch(result -> result.startsWith("timed_out")));
    }

    /**
     * The reference results: the full-marks submissions graded alone (one of the identical correct ones, which stands
     * for the others), and each mutant's grading by the corpus proof.
     */
    private Map<String, String> reference(Path submissions, List<String> fullMarks) throws IOException {
        List<String> same = StressClass.correct().subList(1, StressClass.correct().size());
        List<String> alone = fullMarks.stream().filter(id -> !same.contains(id)).toList();
        Map<String, String> reference = new TreeMap<>(grade(submissions, "alone", "--submissions-at-once", "1", "--only", String.join(",", alone)));
        String first = StressClass.correct().get(0) + " ";
        Map<String, String> firsts = new TreeMap<>();
        reference.forEach((test, result) -> {
            if (test.startsWith(first)) {
                firsts.put(test.substring(first.length()), result);
            }
        });
        same.forEach(id -> firsts.forEach((test, result) -> reference.put(id + " " + test, result)));
        long start = System.nanoTime();
        for (Mutant mutant : StressClass.mutants()) {
            reference.putAll(StressClass.results(mutant.name(), GradedAhead.of(mutant)));
        }
        System.out.printf("stress proof: took %d mutants' gradings from the corpus proof's, waiting %d s%n",
                StressClass.mutants().size(), (System.nanoTime() - start) / 1_000_000_000L);
        return reference;
    }

    private Map<String, String> grade(Path submissions, String name, String... options) throws IOException {
        Path out = work.resolve(name);
        long start = System.nanoTime();
        StressClass.grade(REPOSITORY, submissions, out, options);
        System.out.printf("stress proof: graded %s (%s) in %d s%n", name, String.join(" ", options), (System.nanoTime() - start) / 1_000_000_000L);
        return StressClass.results(out);
    }
}
