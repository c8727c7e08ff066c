package socketlab.grader.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import socketlab.grader.batch.CpuHog;
import socketlab.grader.batch.StressClass;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.launch.Folders;

/**
 * Grades the stress class ({@link StressClass}) once alone ({@code --submissions-at-once 1}), then N times at the stress
 * setting (four times as many submissions at once as cores, every test at once, one core kept busy), and
 * counts the test results (status and points) that differ from alone. Run it with
 * {@code grader/bench/repeat.sh stress [N]}; it is a benchmark, not a test.
 */
public final class StressBenchmark {

    private StressBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path repository = Path.of(System.getProperty("repository.root", ".")).toAbsolutePath().normalize();
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int cores = Runtime.getRuntime().availableProcessors();
        String[] stress = {"--submissions-at-once", String.valueOf(4 * cores), "--tests-at-once", String.valueOf(GradingRun.testCount())};
        Path bench = Files.createTempDirectory("socketlab-stress-");
        Path submissions = bench.resolve("class");
        StressClass.write(repository, submissions);
        long start = System.nanoTime();
        StressClass.grade(repository, submissions, bench.resolve("alone"), "--submissions-at-once", "1");
        Map<String, String> alone = StressClass.results(bench.resolve("alone"));
        System.out.printf("%d submissions graded alone (--submissions-at-once 1) in %.0f s: %d test results%n",
                submissions.toFile().list().length, (System.nanoTime() - start) / 1e9, alone.size());
        int differing = 0;
        int compared = 0;
        for (int run = 1; run <= runs; run++) {
            Path out = bench.resolve("run-" + run);
            long began = System.nanoTime();
            try (CpuHog hog = CpuHog.start()) {
                StressClass.grade(repository, submissions, out, stress);
            }
            List<String> differ = StressClass.differences(alone, StressClass.results(out));
            differing += differ.size();
            compared += alone.size();
            System.out.printf("run %d (%s, a busy core): %.0f s, %d of %d results differ from alone%s%n", run,
                    String.join(" ", stress), (System.nanoTime() - began) / 1e9, differ.size(), alone.size(),
                    differ.isEmpty() ? "" : ": " + differ);
            Folders.deleteQuietly(out);
        }
        System.out.printf("%d runs: %d of %d test results differ from alone%n", runs, differing, compared);
        Folders.deleteQuietly(bench);
        System.exit(differing == 0 ? 0 : 1);
    }
}
