package socketlab.grader.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import socketlab.grader.course.Exercise;
import socketlab.grader.grading.Grader;
import socketlab.grader.grading.Settings;
import socketlab.grader.launch.Folders;
import socketlab.grader.quiz.ReferenceAnswers;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/**
 * Times the hidden suite on the reference solutions and prints the figures beside the yardstick taken in the
 * same run, a bare JVM's start ({@link BareJvm}): wall time per run and as a multiple of the yardstick, JVM
 * processes started, compiling, CPU split and time per exercise. Run it with
 * {@code grader/bench/hidden-suite.sh [runs] [tests at once...]} (default 3 runs at 4, mvn verify's default);
 * it is a benchmark, not a test.
 */
public final class HiddenSuiteBenchmark {

    private HiddenSuiteBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path repository = Path.of(System.getProperty("repository.root", ".")).toAbsolutePath().normalize();
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<Integer> settings = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            settings.add(Integer.parseInt(args[i]));
        }
        if (settings.isEmpty()) {
            settings = List.of(4);
        }
        System.out.printf("machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        for (int testsAtOnce : settings) {
            List<Long> walls = new ArrayList<>();
            List<Long> bares = new ArrayList<>();
            Scorecard last = null;
            CpuClock used = new CpuClock(Duration.ZERO, Duration.ZERO);
            for (int run = 0; run < runs; run++) {
                bares.add(bareJvmMillis(repository));
                Path work = Files.createTempDirectory("socketlab-bench-");
                Path reference = ReferenceAnswers.submission(repository.resolve("solutions"), work);
                CpuClock before = CpuClock.now();
                long start = System.nanoTime();
                last = new Grader(repository.resolve("exercises"), Settings.DEFAULT.withTestsAtOnce(testsAtOnce))
                        .grade("solutions/", reference, work);
                walls.add((System.nanoTime() - start) / 1_000_000);
                int number = run + 1;
                last.outcomes().stream().filter(outcome -> outcome.points() < outcome.maxPoints())
                        .forEach(outcome -> System.out.printf("  run %d lost %s.%s: %s %s%n", number, outcome.exercise().module(),
                                outcome.test(), outcome.status(), outcome.reason().en()));
                used = used.plus(CpuClock.now().since(before));
                Folders.deleteQuietly(work);
            }
            List<Double> paired = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                paired.add((double) walls.get(run) / bares.get(run));
            }
            Collections.sort(paired);
            Collections.sort(walls);
            long median = walls.get(walls.size() / 2);
            long bare = Yardstick.median(bares);
            System.out.printf("tests at once %d: hidden suite on the solutions, %d/%d points, %d tests, %d JVM processes; wall ms %s"
                    + " (median %d = %.1f bare JVM starts of %d ms, the yardstick's median, taken before each run; of which compiling"
                    + " %d); paired, each run over the yardstick taken just before it: median %.1f bare JVM starts (%.1f to %.1f);"
                    + " per run %s%n", testsAtOnce, last.points(),
                    last.maxPoints(), last.outcomes().size(), last.programsStarted(), walls, median, (double) median / bare, bare,
                    last.compileMillis(), paired.get(paired.size() / 2), paired.get(0), paired.get(paired.size() - 1),
                    new CpuClock(used.grader().dividedBy(runs), used.programs().dividedBy(runs)));
            System.out.printf("  slowest tests: %s%n", last.outcomes().stream()
                    .sorted((x, y) -> y.duration().compareTo(x.duration())).limit(8)
                    .map(outcome -> outcome.test() + " " + outcome.duration().toMillis() + " ms").toList());
            for (Map.Entry<Exercise, List<Outcome>> exercise : last.byExercise().entrySet()) {
                Duration sum = exercise.getValue().stream().map(Outcome::duration).reduce(Duration.ZERO, Duration::plus);
                Outcome slowest = Collections.max(exercise.getValue(), (a, b) -> a.duration().compareTo(b.duration()));
                System.out.printf("  %-15s %2d tests, %5d ms of test time, slowest %s %d ms%n", exercise.getKey().module(),
                        exercise.getValue().size(), sum.toMillis(), slowest.test(), slowest.duration().toMillis());
            }
        }
    }

    /** The yardstick: the median wall time of five bare JVM starts to their first line, with Java's default options. */
    private static long bareJvmMillis(Path repository) throws IOException {
        List<Long> walls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            walls.add(Yardstick.time(repository, Yardstick.bareJvm(List.of()), List.of()).wallMillis());
        }
        return Yardstick.median(walls);
    }
}
