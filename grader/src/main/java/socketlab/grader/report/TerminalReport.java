package socketlab.grader.report;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/**
 * Prints the scorecard for a plain terminal: one line per test, a reason and a handout section per failure, and,
 * when asked ({@code verbose}), the conversation that led to each failure.
 */
public final class TerminalReport {
    private static final String RESET = "\u001B[0m";
    private static final String GREEN = "\u001B[32m";
    private static final String RED = "\u001B[31m";
    private static final String YELLOW = "\u001B[33m";
    private static final String BOLD = "\u001B[1m";

    private final Lang lang;
    private final boolean color;
    private final boolean verbose;

    /** A report in this language, coloured or not, with each failure collapsed to its reason. */
    public TerminalReport(Lang lang, boolean color) {
        this(lang, color, false);
    }

    /** A report in this language, coloured or not, with each failure's conversation below its reason when {@code verbose}. */
    public TerminalReport(Lang lang, boolean color, boolean verbose) {
        this.lang = lang;
        this.color = color;
        this.verbose = verbose;
    }

    /** Whether to colour: only on a terminal, and only when NO_COLOR is unset. */
    public static boolean colorWanted() {
        String noColor = System.getenv("NO_COLOR");
        return System.console() != null && (noColor == null || noColor.isEmpty());
    }

    public void print(Scorecard card, PrintStream out) {
        String rule = "-".repeat(78);
        out.println(rule);
        out.println(paint(BOLD, Words.SCORECARD.in(lang)) + " - " + Words.GRADED.in(lang) + ": " + card.target());
        out.println(rule);
        for (Map.Entry<Exercise, List<Outcome>> exercise : card.byExercise().entrySet()) {
            List<Outcome> outcomes = exercise.getValue();
            int points = Outcome.pointsOf(outcomes);
            int max = Outcome.maxPointsOf(outcomes);
            String title = exercise.getKey().module() + " (" + exercise.getKey().program() + ")";
            out.printf("%-70s %3d/%-3d%n", paint(BOLD, title), points, max);
            for (Outcome outcome : outcomes) {
                String status = String.format("%-20s", outcome.statusText(lang));
                out.printf("  %s %2d/%-2d  %s%n", paint(colorOf(outcome.status()), status), outcome.points(), outcome.maxPoints(),
                        outcome.name().in(lang));
                if (outcome.status() != Status.PASSED) {
                    out.println("      " + Words.REASON.in(lang) + ": " + outcome.reason().in(lang));
                }
                if (Words.reread(outcome)) {
                    out.println("      " + Words.REREAD.in(lang) + ": " + Words.handoutSection(outcome, lang));
                }
                if (verbose && outcome.hasTranscript()) {
                    out.println("      " + Words.CONVERSATION.in(lang) + ":");
                    outcome.transcript().in(lang).lines().forEach(line -> out.println("        " + line));
                }
            }
        }
        out.println(rule);
        printTotal(card, out);
        out.println(rule);
    }

    /** Prints the scorecard's short form: what was graded, the total, and what was not tested here. */
    public void printSummary(Scorecard card, PrintStream out) {
        out.println(paint(BOLD, Words.SCORECARD.in(lang)) + " - " + Words.GRADED.in(lang) + ": " + card.target());
        printTotal(card, out);
    }

    private void printTotal(Scorecard card, PrintStream out) {
        out.printf("%s: %d/%d (%s)%n", paint(BOLD, Words.TOTAL.in(lang)), card.points(), card.maxPoints(),
                Words.percent(card.percent()));
        Words.untested(card, lang).ifPresent(line -> out.println(paint(YELLOW, line)));
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }

    private static String colorOf(Status status) {
        return switch (status) {
            case PASSED -> GREEN;
            case FAILED, NOT_COMPILED, MISSING -> RED;
            case TIMED_OUT, CRASHED, NOT_IMPLEMENTED, SKIPPED, NOT_JUDGED -> YELLOW;
        };
    }
}
