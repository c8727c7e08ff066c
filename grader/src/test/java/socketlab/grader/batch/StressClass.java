package socketlab.grader.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import socketlab.grader.cli.GradeClassCommand;
import socketlab.grader.corpus.Mutant;
import socketlab.grader.grading.Outcome;
import socketlab.grader.report.ScorecardFile;

/**
 * The class of the stress proof and of {@code grader/bench/repeat.sh stress}: correct submissions, slow but
 * correct ones, half-done ones (some gaps still the kit's stubs), hanging ones and wrong ones from the corpus; and the means to grade it
 * with given options and
 * compare two gradings test by test (status and points; whether a result came from a retry may differ).
 */
public final class StressClass {
    public static final List<String> HANGING = List.of("server-accepts-again", "server-waits-forever-for-the-answer",
            "server-floods-stdout", "client-no-read-timeout", "looping-server-ignores-sigterm", "looping-server-ignores-max-clients");
    public static final List<String> WRONG = List.of("server-binds-every-address", "server-serves-twice", "server-reads-first-chunk",
            "looping-server-prints-requested-port", "looping-server-made-up-client-address", "client-reads-first-chunk",
            "client-stack-trace-when-refused", "address-detail-first-address-only");
    static final int CORRECT = 4;

    private StressClass() {
    }

    /** Writes the class into {@code folder}, one folder per student; returns the ids of those that must get full marks. */
    public static List<String> write(Path repository, Path folder) throws IOException {
        Path solutions = repository.resolve("solutions");
        List<String> fullMarks = new ArrayList<>();
        for (int i = 1; i <= CORRECT; i++) {
            Mutant.writeCorrect(solutions, folder.resolve("correct-" + i));
            fullMarks.add("correct-" + i);
        }
        for (Mutant slow : Mutant.slow()) {
            Mutant.writeCorrect(solutions, folder.resolve(slow.name()));
            slow.writeInto(solutions, folder.resolve(slow.name()));
            fullMarks.add(slow.name());
        }
        for (Mutant halfDone : Mutant.halfDone()) {
            Mutant.writeCorrect(solutions, folder.resolve(halfDone.name()));
            halfDone.writeInto(solutions, folder.resolve(halfDone.name()));
        }
        for (String name : Stream.concat(HANGING.stream(), WRONG.stream()).toList()) {
            Mutant.writeCorrect(solutions, folder.resolve(name));
            Mutant.named(name).writeInto(solutions, folder.resolve(name));
        }
        return fullMarks;
    }

    /** Grades the class in {@code submissions} into {@code out} with these options; fails unless it ends with 0. */
    public static void grade(Path repository, Path submissions, Path out, String... options) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8);
        String[] args = Stream.concat(Stream.of(submissions.toString(), "--out", out.toString(), "--repository", repository.toString()),
                Stream.of(options)).toArray(String[]::new);
        int code = GradeClassCommand.execute(print, print, args);
        if (code != 0) {
            throw new IllegalStateException("grading ended with exit code " + code + ":\n" + output.toString(StandardCharsets.UTF_8));
        }
    }

    /** Every student's every test in a graded class: "id exercise.test" → "status points". */
    public static Map<String, String> results(Path out) throws IOException {
        Map<String, String> results = new TreeMap<>();
        try (Stream<Path> students = Files.list(out.resolve("students"))) {
            for (Path student : students.sorted().toList()) {
                for (Outcome outcome : ScorecardFile.read(student, student.getFileName().toString()).outcomes()) {
                    results.put(student.getFileName() + " " + outcome.exercise().module() + "." + outcome.test(),
                            outcome.status().name().toLowerCase(Locale.ROOT) + " " + outcome.points());
                }
            }
        }
        return results;
    }

    /** The tests whose status or points differ between two gradings, as "test: a / b" lines. */
    public static List<String> differences(Map<String, String> a, Map<String, String> b) {
        List<String> differ = new ArrayList<>();
        a.forEach((test, result) -> {
            if (!result.equals(b.get(test))) {
                differ.add(test + ": " + result + " / " + b.get(test));
            }
        });
        b.keySet().stream().filter(test -> !a.containsKey(test)).forEach(test -> differ.add(test + ": (none) / " + b.get(test)));
        return differ;
    }
}
