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
import java.util.stream.IntStream;
import java.util.stream.Stream;
import socketlab.grader.cli.GradeClassCommand;
import socketlab.grader.corpus.GradedAhead;
import socketlab.grader.corpus.Mutant;
import socketlab.grader.report.ScorecardFile;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

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
    private static final String CORRECT_ID = "correct-";

    private StressClass() {
    }

    /**
     * Writes the class into {@code folder}, one folder per student; returns the ids of those that must get full marks
     * ({@link #mustPass}). The correct ones hand in the whole course and the quiz; each slow but correct one hands in
     * its own exercise's modules, which are all its slowness touches; each half-done, hanging and wrong one hands in its
     * mutant's modules only, as the corpus proof grades it ({@link GradedAhead}), so that the two proofs grade the same
     * submission.
     */
    public static List<String> write(Path repository, Path folder) throws IOException {
        Path solutions = repository.resolve("solutions");
        List<String> fullMarks = new ArrayList<>();
        for (String id : correct()) {
            Mutant.writeCorrect(solutions, folder.resolve(id));
            fullMarks.add(id);
        }
        for (Mutant slow : Mutant.slow()) {
            slow.writeInto(solutions, folder.resolve(slow.name()));
            fullMarks.add(slow.name());
        }
        for (Mutant mutant : mutants()) {
            mutant.writeInto(solutions, folder.resolve(mutant.name()));
        }
        return fullMarks;
    }

    /**
     * Whether a result ({@code "id exercise.test"}) must be a pass: every one of a correct submission's; of a slow one's,
     * those of its own exercise's hidden tests (it hands in nothing else).
     */
    public static boolean mustPass(String result) {
        String id = result.substring(0, result.indexOf(' '));
        return correct().contains(id) || Mutant.slow().stream().anyMatch(slow -> slow.name().equals(id)
                && result.startsWith(id + " " + slow.module() + ".") && !result.startsWith(id + " " + slow.module() + ".quiz."));
    }

    /** The class's half-done, hanging and wrong submissions: each a mutant of the corpus proof. */
    public static List<Mutant> mutants() {
        return Stream.concat(Mutant.halfDone().stream(), Stream.concat(HANGING.stream(), WRONG.stream()).map(Mutant::named)).toList();
    }

    /** The ids of the class's identical correct submissions. */
    public static List<String> correct() {
        return IntStream.rangeClosed(1, CORRECT).mapToObj(i -> CORRECT_ID + i).toList();
    }

    /** One submission's every test, as {@link #results(Path)} gives them: "id exercise.test" → "status points". */
    public static Map<String, String> results(String id, Scorecard card) {
        Map<String, String> results = new TreeMap<>();
        card.outcomes().forEach(outcome -> results.put(id + " " + outcome.exercise().module() + "." + outcome.test(), resultOf(outcome)));
        return results;
    }

    /**
     * Grades the class in {@code submissions} into {@code out} with these options, without comparing the work (the proofs
     * read the grades only); fails unless it ends with 0.
     */
    public static void grade(Path repository, Path submissions, Path out, String... options) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8);
        String[] args = Stream.concat(Stream.of(submissions.toString(), "--out", out.toString(), "--repository", repository.toString(),
                "--no-similarity"),
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
                    results.put(student.getFileName() + " " + outcome.exercise().module() + "." + outcome.test(), resultOf(outcome));
                }
            }
        }
        return results;
    }

    private static String resultOf(Outcome outcome) {
        return outcome.status().name().toLowerCase(Locale.ROOT) + " " + outcome.points();
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
