package socketlab.grader.result;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Status;

/**
 * A graded submission: what was graded, every hidden test's outcome, exercise by exercise, how many
 * programs the tests started, and how long grading took (compiling included, in {@code millis}).
 */
public record Scorecard(String target, List<Outcome> outcomes, int programsStarted, long millis, long compileMillis) {

    public Scorecard {
        outcomes = List.copyOf(outcomes);
    }

    /** This scorecard with more outcomes, each after those of its exercise (a quiz after the tests), the course's order kept. */
    public Scorecard with(List<Outcome> more) {
        List<Outcome> all = new ArrayList<>(outcomes);
        all.addAll(more);
        all.sort(Comparator.<Outcome>comparingInt(outcome -> outcome.exercise().ordinal()).thenComparing(Outcome::isQuiz));
        return new Scorecard(target, all, programsStarted, millis, compileMillis);
    }

    public int points() {
        return Outcome.pointsOf(outcomes);
    }

    public int maxPoints() {
        return Outcome.maxPointsOf(outcomes);
    }

    /** The tests skipped here (no IPv6 loopback, no Docker engine): their points were not tested. */
    public List<Outcome> skipped() {
        return outcomes.stream().filter(outcome -> outcome.status() == Status.SKIPPED).toList();
    }

    /** The points of the {@link #skipped()} tests: not earned, and not tested either. */
    public int untestedPoints() {
        return Outcome.maxPointsOf(skipped());
    }

    /** The score as a percentage of the maximum, 0 when there is nothing to score. */
    public double percent() {
        return maxPoints() == 0 ? 0 : 100.0 * points() / maxPoints();
    }

    /** The outcomes grouped by exercise, in the course's order. */
    public Map<Exercise, List<Outcome>> byExercise() {
        Map<Exercise, List<Outcome>> grouped = new TreeMap<>();
        for (Exercise exercise : Exercise.values()) {
            List<Outcome> ofExercise = outcomes.stream().filter(outcome -> outcome.exercise() == exercise).toList();
            if (!ofExercise.isEmpty()) {
                grouped.put(exercise, ofExercise);
            }
        }
        return grouped;
    }
}
