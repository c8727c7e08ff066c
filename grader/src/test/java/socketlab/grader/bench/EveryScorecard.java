package socketlab.grader.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import socketlab.grader.batch.StressClass;
import socketlab.grader.corpus.Mutant;
import socketlab.grader.quiz.Quiz;
import socketlab.grader.report.ResultsDiff;

/**
 * Grades every submission the proofs know, as one class at the defaults: the references (the whole course and the quiz),
 * the kit's stubs (the whole course as handed out), every mutant of the corpus, and the stress class's slow and half-done
 * ones; writes the class's results to a folder, and compares them with an earlier one's, status and points per test.
 * It shows a refactoring of the grader changed no grade: grade before, grade after, compare.
 * Run it with {@code grader/bench/scorecards.sh <out> [<earlier out>]}; it is a benchmark, not a test.
 */
public final class EveryScorecard {

    private EveryScorecard() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: grader/bench/scorecards.sh <out> [<earlier out>]");
            System.exit(2);
        }
        Path repository = Path.of(System.getProperty("repository.root", ".")).toAbsolutePath().normalize();
        Path out = Path.of(args[0]).toAbsolutePath();
        Path submissions = Files.createTempDirectory("socketlab-every-");
        Mutant.writeCorrect(repository.resolve("solutions"), submissions.resolve("reference"));
        Mutant.writeCorrect(repository.resolve("exercises"), submissions.resolve("stubs"));
        Files.delete(submissions.resolve("stubs").resolve(Quiz.FILE));
        for (Mutant mutant : Mutant.corpus()) {
            mutant.writeInto(repository.resolve("solutions"), submissions.resolve(mutant.name()));
        }
        for (Mutant mutant : Mutant.slow()) {
            mutant.writeInto(repository.resolve("solutions"), submissions.resolve(mutant.name()));
        }
        for (Mutant mutant : Mutant.halfDone()) {
            mutant.writeInto(repository.resolve("solutions"), submissions.resolve(mutant.name()));
        }
        long start = System.nanoTime();
        StressClass.grade(repository, submissions, out);
        Map<String, String> results = StressClass.results(out);
        System.out.printf("%d submissions graded in %.0f s: %d test results in %s%n", submissions.toFile().list().length,
                (System.nanoTime() - start) / 1e9, results.size(), out);
        if (args.length > 1) {
            ResultsDiff diff = ResultsDiff.of(Path.of(args[1]), out);
            diff.changes().forEach(change -> System.out.printf("moved: %s %s %s -> %s%n", change.student(), change.test(),
                    change.before().map(Object::toString).orElse("absent"), change.after().map(Object::toString).orElse("absent")));
            System.out.printf("against %s: %d of %d test results moved (%d students)%n", args[1], diff.changes().size(),
                    diff.results(), diff.students());
            System.exit(diff.changes().isEmpty() ? 0 : 1);
        }
    }
}
