package socketlab.grader.report;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/**
 * The scorecard as tables: Markdown ({@code scorecard.md}, for GitHub's job summary or a pull-request comment, and the
 * students' feedback pages) and CSV ({@code scorecard.csv}, a row per test, for a spreadsheet).
 */
public final class ScorecardTables {
    /** The scorecard for a job summary or a pull-request comment. */
    public static final String MARKDOWN = "scorecard.md";
    /** The scorecard as a table. */
    public static final String CSV = "scorecard.csv";

    private final Lang lang;

    public ScorecardTables(Lang lang) {
        this.lang = lang;
    }

    /** The scorecard as Markdown, a table per exercise. */
    public String markdown(Scorecard card) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(Words.SCORECARD.in(lang)).append(": ").append(card.points()).append('/').append(card.maxPoints())
                .append(" (").append(Words.percent(card.percent())).append(")\n\n")
                .append(Words.GRADED.in(lang)).append(": `").append(card.target()).append("`\n");
        Words.untested(card, lang).ifPresent(line -> md.append("\n⚠️ ").append(line).append('\n'));
        boolean lostTests = card.outcomes().stream().anyMatch(outcome -> outcome.lost() && !outcome.isQuiz());
        if (lostTests && card.outcomes().stream().noneMatch(Outcome::hasCapture)) {
            md.append("\nℹ️ ").append(Words.NO_CAPTURES.in(lang)).append('\n');
        }
        for (Map.Entry<Exercise, List<Outcome>> exercise : card.byExercise().entrySet()) {
            markdownOf(exercise.getKey(), exercise.getValue(), md);
        }
        return md.toString();
    }

    /**
     * One exercise's table, then the conversation of each of its failed tests, each in a block that opens on a click, and
     * the capture of its packets where one was taken.
     */
    private void markdownOf(Exercise exercise, List<Outcome> outcomes, StringBuilder md) {
        int points = Outcome.pointsOf(outcomes);
        int max = Outcome.maxPointsOf(outcomes);
        md.append("\n### ").append(exercise.module()).append(" (").append(exercise.program()).append(") ")
                .append(points).append('/').append(max).append("\n\n")
                .append("| ").append(Words.STATUS.in(lang)).append(" | ").append(Words.POINTS.in(lang)).append(" | ")
                .append(Words.TEST.in(lang)).append(" | ").append(Words.REASON.in(lang)).append(" |\n|---|---|---|---|\n");
        for (Outcome outcome : outcomes) {
            String why = outcome.status() == Status.PASSED ? "" : cell(outcome.reason().in(lang))
                    + (Words.reread(outcome) ? "<br>" + Words.REREAD.in(lang) + ": `" + Words.handoutSection(outcome, lang) + "`" : "");
            md.append("| ").append(icon(outcome.status()))
                    .append(outcome.statusText(lang)).append(" | ").append(outcome.points()).append('/').append(outcome.maxPoints())
                    .append(" | ").append(cell(outcome.name().in(lang))).append(" | ").append(why).append(" |\n");
        }
        for (Outcome outcome : outcomes.stream().filter(outcome -> outcome.hasTranscript() || outcome.hasCapture()).toList()) {
            if (outcome.hasTranscript()) {
                md.append("\n<details><summary>").append(escapeHtml(outcome.name().in(lang))).append(": ")
                        .append(Words.CONVERSATION.in(lang)).append("</summary>\n\n")
                        .append(Words.transcriptMarkdown(outcome, lang)).append("\n</details>\n");
            }
            if (outcome.hasCapture()) {
                md.append('\n').append(Words.captureMarkdown(outcome, lang));
            }
        }
    }

    /** A status's mark: passed, skipped, not judged (another test's behaviour failed first) or lost. */
    private static String icon(Status status) {
        return switch (status) {
            case PASSED -> "✅ ";
            case SKIPPED -> "⏭️ ";
            case NOT_JUDGED -> "➖ ";
            default -> "❌ ";
        };
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The scorecard as CSV, a row per test. */
    public String csv(Scorecard card) throws IOException {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader(
                "exercise", "test", "name", "status", "points", "max_points", "reason", "reread", "attempt").get())) {
            for (Outcome outcome : card.outcomes()) {
                csv.printRecord(outcome.exercise().module(), outcome.test(), outcome.name().in(lang),
                        outcome.status().name().toLowerCase(Locale.ROOT), outcome.points(), outcome.maxPoints(),
                        outcome.status() == Status.PASSED ? "" : outcome.reason().in(lang),
                        Words.reread(outcome) ? Words.handoutSection(outcome, lang) : "",
                        outcome.attempt().name().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        }
        return text.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
