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
import socketlab.grader.grading.Grader;

/**
 * Generates a class of N submissions (mixed: correct ones, buggy ones from the corpus of wrong
 * submissions, hanging ones) and grades it as an instructor would, printing wall time and submissions
 * per minute and where the CPU time went, then grades one submission of each kind again alone and compares
 * the points. Run it with {@code grader/bench/class.sh [N] [submissions at once] [tests at once (--jobs)]}; it is a benchmark, not a test.
 */
public final class ClassBenchmark {

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
            settings.addAll(List.of("--jobs", args[2]));
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
        CpuClock before = CpuClock.now();
        long start = System.nanoTime();
        List<String> command = new ArrayList<>(List.of(submissions.toString(), "--out", bench.resolve("out").toString(),
                "--repository", repository.toString()));
        command.addAll(settings);
        int code = GradeClassCommand.execute(System.out, System.err, command.toArray(String[]::new));
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuClock used = CpuClock.now().since(before);
        System.out.printf("graded %d submissions in %.1f s wall: %.1f submissions per minute (exit code %d)%n",
                size, seconds, size * 60 / seconds, code);
        System.out.printf("%s; per submission %.2f s + %.2f s%n", used, used.grader().toMillis() / 1000.0 / size,
                used.programs().toMillis() / 1000.0 / size);
        sameAlone(submissions, bench.resolve("out"), repository, representatives.values());
        Grader.deleteQuietly(bench);
    }

    /** Grades one submission of each kind again, alone and one test at a time, and compares its points per test. */
    private static void sameAlone(Path submissions, Path out, Path repository, Collection<String> ids) throws IOException {
        Map<String, Map<String, String>> inTheBatch = TestsCsv.pointsPerTest(out);
        System.out.printf("grading %d of them again, alone (one of each kind: correct, each wrong one), one test at a time%n", ids.size());
        int code = GradeClassCommand.execute(new PrintStream(OutputStream.nullOutputStream()), System.err, submissions.toString(),
                "--out", out.toString(), "--submissions-at-once", "1", "--jobs", "1", "--only", String.join(",", ids),
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
