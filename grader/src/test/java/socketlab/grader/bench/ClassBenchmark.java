package socketlab.grader.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import socketlab.grader.batch.TestsCsv;
import socketlab.grader.cli.GradeClassCommand;
import socketlab.grader.corpus.Mutant;
import socketlab.grader.docker.DockerEngine;
import socketlab.grader.docker.SandboxImage;
import socketlab.grader.launch.Folders;
import socketlab.grader.launch.ProgramRuntime;
import socketlab.grader.sandbox.SandboxContainer;

/**
 * Generates a class of N submissions (mixed: correct ones, buggy ones from the corpus of wrong
 * submissions, hanging ones) and grades it as an instructor would, printing wall time and submissions
 * per minute and where the CPU time went, then grades one submission of each kind again alone and compares
 * the points. Run it with {@code grader/bench/class.sh [N] [submissions at once] [tests at once (--tests-at-once)]}; it is a benchmark, not a test.
 */
public final class ClassBenchmark {

    /** The classmates' servers each client meets in the interop measurement. */
    private static final int INTEROP_CLASSMATES = 5;

    private ClassBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path repository = Path.of(System.getProperty("repository.root", ".")).toAbsolutePath().normalize();
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        List<String> settings = new ArrayList<>();
        if (args.length > 1) {
            settings.addAll(List.of("--submissions-at-once", args[1]));
        }
        if (args.length > 2) {
            settings.addAll(List.of("--tests-at-once", args[2]));
        }
        Path bench = Files.createTempDirectory("socketlab-class-");
        Path submissions = bench.resolve("class");
        List<Mutant> buggy = Mutant.corpus();
        List<String> hanging = List.of("server-accepts-again", "client-no-read-timeout", "server-floods-stdout");
        Map<String, String> representatives = new LinkedHashMap<>();
        int correct = 0;
        int wrong = 0;
        int hangs = 0;
        for (int i = 0; i < size; i++) {
            Path student = submissions.resolve(String.format("s%03d", i));
            Mutant.writeCorrect(repository.resolve("solutions"), student);
            if (i % 20 < 12) {
                correct++;
                representatives.putIfAbsent("correct", student.getFileName().toString());
                continue;
            }
            String hangingName = hanging.get(i % hanging.size());
            Mutant mutant = i % 20 < 17 ? buggy.get(i % buggy.size())
                    : buggy.stream().filter(m -> m.name().equals(hangingName)).findFirst().orElseThrow();
            mutant.writeInto(repository.resolve("solutions"), student);
            representatives.putIfAbsent(mutant.name(), student.getFileName().toString());
            if (hanging.contains(mutant.name())) {
                hangs++;
            } else {
                wrong++;
            }
        }
        System.out.printf("class of %d submissions: %d correct, %d buggy, %d hanging; grading with %s%n",
                size, correct, wrong, hangs, settings.isEmpty() ? "the default options" : String.join(" ", settings));
        double processSeconds = grade(submissions, bench.resolve("out"), repository, settings, size, "process");
        interop(submissions, bench.resolve("out"), repository, settings, processSeconds);
        if (DockerEngine.available()) {
            List<String> inContainers = new ArrayList<>(settings);
            inContainers.addAll(List.of("--sandbox", "container"));
            double containerSeconds = grade(submissions, bench.resolve("out-container"), repository, inContainers, size, "container");
            Map<String, Map<String, String>> processPoints = TestsCsv.pointsPerTest(bench.resolve("out"));
            Map<String, Map<String, String>> containerPoints = TestsCsv.pointsPerTest(bench.resolve("out-container"));
            long same = processPoints.keySet().stream().filter(id -> processPoints.get(id).equals(containerPoints.get(id))).count();
            System.out.printf("container mode / process mode, wall: %.2fx; %d of %d submissions got the same points for every test%n",
                    containerSeconds / processSeconds, same, processPoints.size());
            emptyContainerRuns(bench.resolve("image"), repository);
        } else {
            System.out.println("container mode: skipped: no Docker engine");
        }
        sameAlone(submissions, bench.resolve("out"), repository, representatives.values());
        Folders.deleteQuietly(bench);
    }

    /** Grades the class in one mode and returns the wall time in seconds. */
    private static double grade(Path submissions, Path out, Path repository, List<String> settings, int size, String mode) {
        CpuClock before = CpuClock.now();
        MachineCpu machineBefore = MachineCpu.now();
        long start = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(submissions.toString(), "--out", out.toString(), "--repository",
                repository.toString()));
        command.addAll(settings);
        int code = GradeClassCommand.execute(System.out, System.err, command.toArray(String[]::new));
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuClock used = CpuClock.now().since(before);
        MachineCpu machine = MachineCpu.now().since(machineBefore);
        System.out.printf("%s mode: graded %d submissions in %.1f s wall: %.1f submissions per minute (exit code %d)%n",
                mode, size, seconds, size * 60 / seconds, code);
        System.out.printf("%s; per submission %.2f s + %.2f s%s%n", used, used.grader().toMillis() / 1000.0 / size,
                used.programs().toMillis() / 1000.0 / size, mode.equals("container")
                        ? " (in container mode the programs, and the graders inside, run under the Docker engine, not counted here)" : "");
        System.out.printf("%s mode: %s (goal: at most 1.3x)%n", mode, machine.against(seconds));
        return seconds;
    }

    /**
     * The interop matrix of the graded class ({@code --interop 5}): a resumed run that grades nothing, timed with and without
     * it (both compare the work and write the summaries), the difference beside the grading's wall time (goal: at most 15%).
     */
    private static void interop(Path submissions, Path out, Path repository, List<String> settings, double gradingSeconds) {
        double without = resumed(submissions, out, repository, settings, List.of());
        CpuClock before = CpuClock.now();
        double with = resumed(submissions, out, repository, settings, List.of("--interop", String.valueOf(INTEROP_CLASSMATES)));
        System.out.printf("interop (--interop %d) after grading: %.1f s wall (a resumed run: %.1f s with it, %.1f s without) = %.1f%% of"
                + " the grading's %.1f s (goal: at most 15%%); %s%n", INTEROP_CLASSMATES, with - without, with, without,
                100 * (with - without) / gradingSeconds, gradingSeconds, CpuClock.now().since(before));
    }

    private static double resumed(Path submissions, Path out, Path repository, List<String> settings, List<String> more) {
        List<String> command = new ArrayList<>(List.of(submissions.toString(), "--out", out.toString(), "--repository", repository.toString()));
        command.addAll(settings);
        command.addAll(more);
        long start = System.nanoTime();
        int code = GradeClassCommand.execute(new PrintStream(OutputStream.nullOutputStream()), System.err, command.toArray(String[]::new));
        if (code != 0) {
            System.out.printf("a resumed run %s ended with exit code %d%n", more, code);
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** What one container costs, beside the yardstick (a bare JVM start), both medians of five taken here. */
    private static void emptyContainerRuns(Path imageWork, Path repository) throws IOException {
        Files.createDirectories(imageWork);
        String image = SandboxImage.ensure(imageWork);
        List<Long> containers = new ArrayList<>();
        List<Long> jvms = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            containers.add(SandboxContainer.emptyRun(image).toMillis());
            jvms.add(Yardstick.time(imageWork, Yardstick.bareJvm(ProgramRuntime.java(), ProgramRuntime.JVM_OPTIONS), List.of()).wallMillis());
        }
        containers.sort(null);
        jvms.sort(null);
        System.out.printf("one empty sandbox container (create, start, run kill -l, remove): median %d ms = %.1fx the yardstick,"
                + " a bare JVM start (median %d ms)%n", containers.get(2), containers.get(2) / (double) jvms.get(2), jvms.get(2));
    }

    /** Grades one submission of each kind again, alone and one test at a time, and compares its points per test. */
    private static void sameAlone(Path submissions, Path out, Path repository, Collection<String> ids) throws IOException {
        Map<String, Map<String, String>> inTheBatch = TestsCsv.pointsPerTest(out);
        System.out.printf("grading %d of them again, alone (one of each kind: correct, each wrong one), one test at a time%n", ids.size());
        int code = GradeClassCommand.execute(new PrintStream(OutputStream.nullOutputStream()), System.err, submissions.toString(),
                "--out", out.toString(), "--submissions-at-once", "1", "--tests-at-once", "1", "--only", String.join(",", ids),
                "--repository", repository.toString());
        if (code != 0) {
            System.out.printf("grading alone ended with exit code %d%n", code);
        }
        Map<String, Map<String, String>> alone = TestsCsv.pointsPerTest(out);
        List<String> differ = ids.stream().filter(id -> !alone.get(id).equals(inTheBatch.get(id))).toList();
        System.out.printf("alone vs in the batch: %d of %d got the same points for every test%s%n", ids.size() - differ.size(),
                ids.size(), differ.isEmpty() ? "" : "; different: " + differ);
    }
}
