package socketlab.grader.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * Writes the scorecard's files: {@code results.json} in Gradescope's autograder format ({@link GradescopeReport}),
 * {@code scorecard.md} for a job summary or a pull-request comment, {@code scorecard.csv}, {@code junit.xml} for CI
 * systems ({@link JUnitXmlReport}) and {@code prairielearn.json} ({@link PrairieLearnReport}). Each file
 * is written whole to a temporary name and then moved into place, so a reader never sees half of one.
 */
public final class ReportFiles {
    /** The scorecard for a job summary or a pull-request comment. */
    public static final String MARKDOWN = "scorecard.md";
    /** The scorecard as a table. */
    public static final String CSV = "scorecard.csv";
    /** The files {@link #write} writes, in its order. */
    public static final List<String> FILES = List.of(GradescopeReport.NAME, MARKDOWN, CSV, JUnitXmlReport.NAME, PrairieLearnReport.NAME);

    private final Lang lang;

    public ReportFiles(Lang lang) {
        this.lang = lang;
    }

    /**
     * Writes the files ({@link #FILES}) into the folder, and the saved scorecard ({@link ScorecardFile}) beside them, and
     * returns their paths.
     */
    public List<Path> write(Scorecard card, Path folder) throws IOException {
        Files.createDirectories(folder);
        ScorecardFile.write(card, folder);
        return List.of(
                atomically(folder.resolve(GradescopeReport.NAME), GradescopeReport.of(card, lang)),
                atomically(folder.resolve(MARKDOWN), markdown(card)),
                atomically(folder.resolve(CSV), csv(card)),
                atomically(folder.resolve(JUnitXmlReport.NAME), JUnitXmlReport.of(card, lang)),
                atomically(folder.resolve(PrairieLearnReport.NAME), PrairieLearnReport.of(card, lang)));
    }

    /** The scorecard as Markdown, a table per exercise. */
    public String markdown(Scorecard card) {
        StringBuilder md = new StringBuilder();
        md.append("## ").append(Words.SCORECARD.in(lang)).append(": ").append(card.points()).append('/').append(card.maxPoints())
                .append(" (").append(Words.percent(card.percent())).append(")\n\n")
                .append(Words.GRADED.in(lang)).append(": `").append(card.target()).append("`\n");
        Words.untested(card, lang).ifPresent(line -> md.append("\n⚠️ ").append(line).append('\n'));
        for (Map.Entry<Exercise, List<Outcome>> exercise : card.byExercise().entrySet()) {
            markdownOf(exercise.getKey(), exercise.getValue(), md);
        }
        return md.toString();
    }

    /** One exercise's table, then the conversation of each of its failed tests, each in a block that opens on a click. */
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
        for (Outcome outcome : outcomes.stream().filter(Outcome::hasTranscript).toList()) {
            md.append("\n<details><summary>").append(escapeHtml(outcome.name().in(lang))).append(": ")
                    .append(Words.CONVERSATION.in(lang)).append("</summary>\n\n")
                    .append(Words.transcriptMarkdown(outcome, lang)).append("\n</details>\n");
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

    /** Writes the file whole under a temporary name, then moves it into place in one step. */
    public static Path atomically(Path target, String content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            writer.write(content);
        }
        return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
