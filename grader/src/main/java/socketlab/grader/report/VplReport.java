package socketlab.grader.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Problem;
import socketlab.grader.course.Status;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/**
 * The scorecard as Moodle VPL reads an evaluation's output: one comment block ({@code <|--} to {@code --|>}) with a
 * title line ({@code -}) per exercise and a preformatted line ({@code >}) per test, then the grade, last and
 * unindented, as {@code Grade :=>> <grade>}, scaled from the points onto {@code VPL_GRADEMIN..VPL_GRADEMAX}. Every
 * line inside the block starts with {@code -} or {@code >}, so no text quoted from a program can end the block or
 * stand as a grade, and VPL keeps the last grade line, which is this one.
 */
public final class VplReport {
    /** What VPL's own evaluate script takes when the activity sets no grade range. */
    public static final double GRADE_MIN = 0;
    public static final double GRADE_MAX = 10;

    private final Lang lang;
    private final double gradeMin;
    private final double gradeMax;

    /** A report in {@code lang}, the points scaled onto {@code gradeMin..gradeMax}. */
    public VplReport(Lang lang, double gradeMin, double gradeMax) {
        this.lang = lang;
        this.gradeMin = gradeMin;
        this.gradeMax = gradeMax;
    }

    /** A report in {@code lang}, onto the grade range VPL exports to its evaluation ({@code vpl_environment.sh}), else its default. */
    static VplReport from(Lang lang, Map<String, String> environment) {
        return new VplReport(lang, grade(environment, "VPL_GRADEMIN", GRADE_MIN), grade(environment, "VPL_GRADEMAX", GRADE_MAX));
    }

    /** A grade bound from the environment, else {@code otherwise}; not a number is a Problem. */
    private static double grade(Map<String, String> environment, String name, double otherwise) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new Problem("vpl.badGrade", name, value);
        }
    }

    /**
     * Moodle VPL's adapter: the output in place of the scorecard, first, before any file is written (a run that VPL
     * stops at one of its limits shows no grade at all); a grade range that is not a number is refused before grading.
     */
    static final class OnStdout implements Adapter {
        @Override
        public void check(Map<String, String> environment) {
            from(Lang.EN, environment);
        }

        @Override
        public Optional<String> insteadOfTheScorecard(GradedWork work) {
            return Optional.of(from(work.lang(), work.environment()).of(work.card()));
        }
    }

    /** The whole output: the comment block, then the grade line. */
    public String of(Scorecard card) {
        StringBuilder text = new StringBuilder("<|--\n");
        for (Map.Entry<Exercise, List<Outcome>> exercise : card.byExercise().entrySet()) {
            List<Outcome> outcomes = exercise.getValue();
            int points = Outcome.pointsOf(outcomes);
            int max = Outcome.maxPointsOf(outcomes);
            text.append(line('-', exercise.getKey().module() + " (" + exercise.getKey().program() + ") " + points + "/" + max));
            for (Outcome outcome : outcomes) {
                String said = outcome.status() == Status.PASSED ? "" : ": " + outcome.reason().in(lang);
                text.append(line('>', String.format("%-12s %d/%d  %s%s", outcome.status().in(lang), outcome.points(),
                        outcome.maxPoints(), outcome.name().in(lang), said)));
            }
        }
        return text.append("--|>\n").append("Grade :=>> ").append(grade(card)).append('\n').toString();
    }

    /** The points scaled onto the grade range, with at most two decimals. */
    String grade(Scorecard card) {
        double share = card.maxPoints() == 0 ? 0 : (double) card.points() / card.maxPoints();
        return BigDecimal.valueOf(gradeMin + (gradeMax - gradeMin) * share).setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** One line of the block, whatever it quotes on one line, marked as a title or preformatted. */
    private static String line(char mark, String text) {
        return mark + text.replace("\r", " ").replace("\n", " ") + "\n";
    }
}
