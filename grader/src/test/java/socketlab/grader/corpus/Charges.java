package socketlab.grader.corpus;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Status;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.harness.Graded;
import socketlab.grader.result.Outcome;

/**
 * The rule "one mistake, one charge": a mistake may cost only the tests that judge a behaviour it breaks
 * ({@link Graded#judges}, a mutant's {@code breaks:} lines), and a test that could not judge its own subject because
 * of it says "not judged", naming a behaviour the mutant breaks. Anything else the mutant lost is an overcharge.
 */
final class Charges {
    private Charges() {
    }

    /** The lost outcomes of the exercise's tests that the rule forbids, each as one line that says why. */
    static List<String> overcharges(Collection<Outcome> outcomes, String exercise, Set<String> breaks) {
        return outcomes.stream().filter(outcome -> !outcome.isQuiz() && outcome.exercise().module().equals(exercise))
                .filter(outcome -> outcome.status() != Status.PASSED && outcome.status() != Status.SKIPPED)
                .filter(outcome -> !allowed(outcome, breaks))
                .map(outcome -> outcome.test() + " (" + outcome.status() + (outcome.needed().isEmpty() ? "" : ", needed " + outcome.needed())
                        + ") judges " + judges(outcome.exercise(), outcome.test()) + ", none of which the mistake breaks: "
                        + outcome.reason().en())
                .toList();
    }

    private static boolean allowed(Outcome outcome, Set<String> breaks) {
        List<String> behaviours = outcome.status() == Status.NOT_JUDGED ? outcome.needed() : judges(outcome.exercise(), outcome.test());
        return behaviours.stream().anyMatch(breaks::contains);
    }

    /** What the exercise's hidden test of this name judges. */
    static List<String> judges(Exercise exercise, String test) {
        Method method = GradingRun.hiddenTests().stream().filter(m -> m.getName().equals(test))
                .filter(m -> Exercise.ofHiddenTests(m.getDeclaringClass()).orElseThrow() == exercise).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no hidden test " + test + " of " + exercise.module()));
        return Arrays.asList(method.getAnnotation(Graded.class).judges());
    }
}
