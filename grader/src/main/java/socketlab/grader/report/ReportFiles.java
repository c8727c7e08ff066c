package socketlab.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.grading.Outcome;
import socketlab.grader.grading.Scorecard;

/**
 * Writes the scorecard's files: {@code results.json} in Gradescope's autograder format,
 * {@code scorecard.md} for a job summary or a pull-request comment, {@code scorecard.csv}, {@code junit.xml} for CI
 * systems ({@link JUnitXmlReport}) and {@code prairielearn.json} ({@link PrairieLearnReport}). Each file
 * is written whole to a temporary name and then moved into place, so a reader never sees half of one.
 *
 * <p>Gradescope knows only "passed" and "failed", so a test skipped here (no IPv6 loopback, no Docker engine) is
 * written as a test worth 0 of 0 points, with no status, whose output says it was not tested here and how many
 * points that leaves out: it never shows as a failure, and the top level's {@code max_score} and output still
 * count and name its points.
 */
public final class ReportFiles {
    /** Gradescope's results, in its autograder format. */
    public static final String RESULTS_JSON = "results.json";
    /** The scorecard for a job summary or a pull-request comment. */
    public static final String MARKDOWN = "scorecard.md";
    /** The scorecard as a table. */
    public static final String CSV = "scorecard.csv";
    /** The files {@link #write} writes, in its order. */
    public static final List<String> FILES = List.of(RESULTS_JSON, MARKDOWN, CSV, JUnitXmlReport.NAME, PrairieLearnReport.NAME);

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
                atomically(folder.resolve(RESULTS_JSON), gradescopeJson(card)),
                atomically(folder.resolve(MARKDOWN), markdown(card)),
                atomically(folder.resolve(CSV), csv(card)),
                atomically(folder.resolve(JUnitXmlReport.NAME), JUnitXmlReport.of(card, lang)),
                atomically(folder.resolve(PrairieLearnReport.NAME), PrairieLearnReport.of(card, lang)));
    }

    /** The scorecard in Gradescope's autograder format. */
    public String gradescopeJson(Scorecard card) throws IOException {
        List<Map<String, Object>> tests = new ArrayList<>();
        for (Outcome outcome : card.outcomes()) {
            Map<String, Object> test = new LinkedHashMap<>();
            test.put("name", outcome.exercise().module() + ": " + outcome.name().in(lang));
            boolean skipped = outcome.status() == Status.SKIPPED;
            test.put("score", outcome.points());
            test.put("max_score", skipped ? 0 : outcome.maxPoints());
            if (!skipped) {
                test.put("status", outcome.status() == Status.PASSED ? "passed" : "failed");
            }
            test.put("output", outcome.status() == Status.PASSED ? outcome.statusText(lang)
                    : skipped ? Words.notTestedHere(outcome).in(lang)
                    : outcome.statusText(lang) + ": " + outcome.reason().in(lang) + (Words.reread(outcome)
                    ? "\n\n" + Words.REREAD.in(lang) + ": `" + Words.handoutSection(outcome, lang) + "`" : "")
                    + (outcome.hasTranscript() ? "\n\n" + Words.transcriptMarkdown(outcome, lang) : ""));
            test.put("output_format", "md");
            test.put("visibility", "visible");
            test.put("tags", List.of(outcome.exercise().module(), outcome.status().name().toLowerCase(Locale.ROOT)));
            tests.add(test);
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("score", card.points());
        results.put("max_score", card.maxPoints());
        results.put("execution_time", Math.max(1, Math.round(card.millis() / 1000.0)));
        results.put("output", Words.SCORECARD.in(lang) + " - " + card.target() + ": " + card.points() + "/" + card.maxPoints()
                + " (" + Words.percent(card.percent()) + ")" + Words.untested(card, lang).map(line -> "\n" + line).orElse(""));
        results.put("visibility", "visible");
        results.put("tests", tests);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results) + "\n";
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
        int points = outcomes.stream().mapToInt(Outcome::points).sum();
        int max = outcomes.stream().mapToInt(Outcome::maxPoints).sum();
        md.append("\n### ").append(exercise.module()).append(" (").append(exercise.program()).append(") ")
                .append(points).append('/').append(max).append("\n\n")
                .append("| ").append(Words.STATUS.in(lang)).append(" | ").append(Words.POINTS.in(lang)).append(" | ")
                .append(Words.TEST.in(lang)).append(" | ").append(Words.REASON.in(lang)).append(" |\n|---|---|---|---|\n");
        for (Outcome outcome : outcomes) {
            String why = outcome.status() == Status.PASSED ? "" : cell(outcome.reason().in(lang))
                    + (Words.reread(outcome) ? "<br>" + Words.REREAD.in(lang) + ": `" + Words.handoutSection(outcome, lang) + "`" : "");
            md.append("| ").append(outcome.status() == Status.PASSED ? "✅ " : outcome.status() == Status.SKIPPED ? "⏭️ " : "❌ ")
                    .append(outcome.statusText(lang)).append(" | ").append(outcome.points()).append('/').append(outcome.maxPoints())
                    .append(" | ").append(cell(outcome.name().in(lang))).append(" | ").append(why).append(" |\n");
        }
        for (Outcome outcome : outcomes.stream().filter(Outcome::hasTranscript).toList()) {
            md.append("\n<details><summary>").append(escapeHtml(outcome.name().in(lang))).append(": ")
                    .append(Words.CONVERSATION.in(lang)).append("</summary>\n\n")
                    .append(Words.transcriptMarkdown(outcome, lang)).append("\n</details>\n");
        }
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
