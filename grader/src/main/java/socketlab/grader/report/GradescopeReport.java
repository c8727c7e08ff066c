package socketlab.grader.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/**
 * The scorecard as Gradescope's {@code results.json}, with only the fields of its autograder specification: at the top
 * {@code score}, {@code execution_time}, {@code output} (Markdown), {@code visibility}, {@code stdout_visibility} (the
 * grader's own log for the staff only) and {@code tests}; per test {@code name}, {@code number} ({@code <exercise>.<test>}
 * in the course's order), {@code score}, {@code max_score}, {@code status}, {@code output}, {@code tags} and
 * {@code visibility}. The top-level score is the tests' sum, so Gradescope shows what the tests say.
 *
 * <p>Gradescope knows only "passed" and "failed", so a test skipped here (no IPv6 loopback, no Docker engine) is
 * written as a test worth 0 of 0 points, with no status, whose output says it was not tested here and how many
 * points that leaves out: it never shows as a failure, and the top level's output names its points.
 */
public final class GradescopeReport {
    /** Where Gradescope reads the results, and where a class's grading marks a student done. */
    public static final String NAME = "results.json";
    private GradescopeReport() {
    }

    /** The results, in {@code lang}. */
    public static String of(Scorecard card, Lang lang) throws IOException {
        List<Map<String, Object>> tests = new ArrayList<>();
        Map<Exercise, Integer> numbered = new LinkedHashMap<>();
        for (Outcome outcome : card.outcomes()) {
            Map<String, Object> test = new LinkedHashMap<>();
            test.put("name", outcome.exercise().module() + ": " + outcome.name().in(lang));
            test.put("number", (outcome.exercise().ordinal() + 1) + "." + numbered.merge(outcome.exercise(), 1, Integer::sum));
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
        results.put("execution_time", Math.max(1, Math.round(card.millis() / 1000.0)));
        results.put("output", Words.SCORECARD.in(lang) + " - " + card.target() + ": " + card.points() + "/" + card.maxPoints()
                + " (" + Words.percent(card.percent()) + ")" + Words.untested(card, lang).map(line -> "\n\n" + line).orElse(""));
        results.put("output_format", "md");
        results.put("visibility", "visible");
        results.put("stdout_visibility", "hidden");
        results.put("tests", tests);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results) + "\n";
    }
}
