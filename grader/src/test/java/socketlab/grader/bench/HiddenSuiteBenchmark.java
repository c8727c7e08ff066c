package socketlab.grader.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import socketlab.grader.grading.Grader;
import socketlab.grader.grading.Outcome;
import socketlab.grader.grading.Scorecard;
import socketlab.grader.launch.ProcessLauncher;
import socketlab.grader.launch.Program;
import socketlab.grader.launch.RunningProgram;
import socketlab.grader.submission.Exercise;

/**
 * Times the hidden suite on the reference solutions and prints the figures: wall time per run, JVM
 * processes started, time per exercise, and the floor under it all, a JVM's start-up. Run it with
 * {@code grader/bench/hidden-suite.sh [runs] [jobs...]}; it is a benchmark, not a test.
 */
public final class HiddenSuiteBenchmark {

    private HiddenSuiteBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path repository = Path.of(System.getProperty("repository.root", ".")).toAbsolutePath().normalize();
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        List<Integer> jobs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            jobs.add(Integer.parseInt(args[i]));
        }
        if (jobs.isEmpty()) {
            jobs = List.of(1, 2, 4, 6);
        }
        System.out.printf("machine: %d cores, %s %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        startupFloor(repository);
        for (int parallelism : jobs) {
            List<Long> walls = new ArrayList<>();
            Scorecard last = null;
            CpuClock before = CpuClock.now();
            for (int run = 0; run < runs; run++) {
                Path work = Files.createTempDirectory("socketlab-bench-");
                long start = System.nanoTime();
                last = new Grader(repository.resolve("exercises"), work, parallelism, Optional.empty())
                        .grade("solutions/", repository.resolve("solutions"));
                walls.add((System.nanoTime() - start) / 1_000_000);
                Grader.deleteQuietly(work);
            }
            Collections.sort(walls);
            CpuClock used = CpuClock.now().since(before);
            System.out.printf("jobs=%d: hidden suite on the solutions, %d/%d points, %d tests, %d JVM processes; wall ms %s"
                    + " (median %d, of which compiling %d); per run %s%n", parallelism, last.points(), last.maxPoints(),
                    last.outcomes().size(), last.programsStarted(), walls, walls.get(walls.size() / 2), last.compileMillis(),
                    new CpuClock(used.grader().dividedBy(runs), used.programs().dividedBy(runs)));
            for (Map.Entry<Exercise, List<Outcome>> exercise : last.byExercise().entrySet()) {
                Duration sum = exercise.getValue().stream().map(Outcome::duration).reduce(Duration.ZERO, Duration::plus);
                Outcome slowest = Collections.max(exercise.getValue(), (a, b) -> a.duration().compareTo(b.duration()));
                System.out.printf("  %-15s %2d tests, %5d ms of test time, slowest %s %d ms%n", exercise.getKey().module(),
                        exercise.getValue().size(), sum.toMillis(), slowest.test(), slowest.duration().toMillis());
            }
        }
    }

    /** The floor: how long a program under test takes from start to its "Listening on" line, and plain JVM start-up. */
    private static void startupFloor(Path repository) throws IOException {
        Path classes = repository.resolve("solutions/server/target/classes");
        Path picocli = Grader.picocliJar();
        ProcessLauncher launcher = new ProcessLauncher(repository);
        for (List<String> options : List.of(List.<String>of(),
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m", "-XX:-UsePerfData", "-Xshare:auto"))) {
            Program serverKu = Program.java("socketlab.server.ServerKu", List.of(classes, picocli), options);
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < 15; i++) {
                long start = System.nanoTime();
                try (RunningProgram run = launcher.start(serverKu, List.of("--host", "127.0.0.1", "--port", "0"))) {
                    run.awaitLine(line -> line.startsWith("Listening on"), Duration.ofSeconds(10));
                    times.add((System.nanoTime() - start) / 1_000_000);
                }
            }
            Collections.sort(times);
            System.out.printf("JVM start-up to \"Listening on\" with %s: median %d ms, min %d ms%n",
                    options.isEmpty() ? "default options" : "the grader's options " + options, times.get(times.size() / 2), times.get(0));
        }
        List<Long> versions = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            long start = System.nanoTime();
            try (RunningProgram run = launcher.start(new Program("java", List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xshare:auto", "-version"), Map.of()), List.of())) {
                run.awaitExit(Duration.ofSeconds(10));
                versions.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        Collections.sort(versions);
        System.out.printf("JVM start-up alone (java -version): median %d ms%n", versions.get(versions.size() / 2));
    }
}
