package socketlab.grader.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.interop.Meeting;
import socketlab.grader.report.ReportFiles;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;
import socketlab.grader.result.Student;
import socketlab.grader.similarity.Compared;

/**
 * The class report, {@code class-report.<lang>.html}: a histogram of the scores, the pass rate of every
 * hidden test (hardest first), the submissions that did not compile, timed out or crashed, the interop matrix
 * ({@link InteropMatrix}) and the similar work ({@link SimilarityList}). The pictures are SVG drawn here and the style is
 * in the page, so it needs nothing else, not even a network.
 */
public final class ClassReport {
    private static final List<Status> PROBLEMS = List.of(Status.NOT_COMPILED, Status.TIMED_OUT, Status.CRASHED, Status.MISSING);

    private ClassReport() {
    }

    /** Writes the report in both languages into the results' folder; returns the paths. */
    public static List<Path> write(List<Student> students, ClassResults grader) throws IOException {
        Path out = grader.folder();
        Map<String, List<Outcome>> rows = new LinkedHashMap<>();
        for (Student student : students) {
            Optional<Scorecard> card = grader.scorecardOf(student);
            card.ifPresent(graded -> rows.put(student.id(), graded.outcomes()));
        }
        List<Meeting> meetings = ClassInterop.read(out);
        List<Compared> compared = grader.compared();
        List<Path> written = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            String code = lang.name().toLowerCase(Locale.ROOT);
            String page = page(rows, lang) + InteropMatrix.section(meetings, lang) + SimilarityList.section(compared, lang) + "</body></html>\n";
            written.add(ReportFiles.atomically(out.resolve("class-report." + code + ".html"), page));
        }
        return written;
    }

    /** The page up to its end: the scores, the pass rates and the problems. */
    private static String page(Map<String, List<Outcome>> rows, Lang lang) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"" + lang.name().toLowerCase(Locale.ROOT)
                + "\"><head><meta charset=\"UTF-8\"><title>socket-lab</title><style>"
                + "body{font-family:sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#1d1f21}"
                + "h2{margin-top:2rem}svg text{font-family:sans-serif;font-size:12px}li{margin:.2rem 0}"
                + InteropMatrix.STYLE + SimilarityList.STYLE + "</style></head><body>\n");
        html.append("<h1>").append(Text.of("socket-lab: class report", "socket-lab: laporan kelas").in(lang)).append("</h1>\n<p>")
                .append(Text.of("%d submissions graded.", "%d kiriman dinilai.", rows.size()).in(lang)).append("</p>\n");
        html.append("<h2>").append(Text.of("Scores", "Skor").in(lang)).append("</h2>\n").append(histogram(rows, lang));
        html.append("<h2>").append(Text.of("Pass rate per test, hardest first", "Tingkat lulus per tes, tersulit dulu").in(lang))
                .append("</h2>\n").append(passRates(rows));
        for (Status problem : PROBLEMS) {
            html.append("<h2>").append(problem.in(lang)).append("</h2>\n<ul>\n");
            Map<String, TreeSet<String>> exercisesById = new TreeMap<>();
            rows.forEach((id, outcomes) -> outcomes.stream().filter(outcome -> outcome.status() == problem)
                    .forEach(outcome -> exercisesById.computeIfAbsent(id, key -> new TreeSet<>()).add(outcome.exercise().module())));
            if (exercisesById.isEmpty()) {
                html.append("<li>").append(Text.of("none", "tidak ada").in(lang)).append("</li>\n");
            }
            exercisesById.forEach((id, exercises) -> html.append("<li>").append(escape(id)).append(": ")
                    .append(String.join(", ", exercises)).append("</li>\n"));
            html.append("</ul>\n");
        }
        return html.toString();
    }

    /** Bars of how many submissions scored 0-9%, 10-19% … 100%. */
    private static String histogram(Map<String, List<Outcome>> rows, Lang lang) {
        int[] bins = new int[11];
        for (List<Outcome> outcomes : rows.values()) {
            int points = Outcome.pointsOf(outcomes);
            int max = Outcome.maxPointsOf(outcomes);
            bins[max == 0 ? 0 : Math.min(10, points * 10 / max)]++;
        }
        int highest = Math.max(1, Arrays.stream(bins).max().orElse(1));
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"620\" height=\"240\" role=\"img\">");
        for (int bin = 0; bin < bins.length; bin++) {
            int height = 180 * bins[bin] / highest;
            int x = 20 + bin * 54;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"44\" height=\"%d\" fill=\"#2b6cb0\"/>", x, 200 - height, height))
                    .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d</text>", x + 22, 195 - height, bins[bin]))
                    .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"218\" text-anchor=\"middle\">%s</text>", x + 22,
                            bin == 10 ? "100%" : bin * 10 + "%"));
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"20\" y=\"236\">%s</text>",
                Text.of("score of the submission (number of submissions above each bar)",
                        "skor kiriman (jumlah kiriman di atas setiap batang)").in(lang)));
        return svg.append("</svg>\n").toString();
    }

    /** One bar per hidden test: the share of submissions that passed it. */
    private static String passRates(Map<String, List<Outcome>> rows) {
        Map<String, int[]> passedAndTotal = new LinkedHashMap<>();
        for (List<Outcome> outcomes : rows.values()) {
            for (Outcome outcome : outcomes) {
                int[] counts = passedAndTotal.computeIfAbsent(outcome.exercise().module() + ": " + outcome.test(), key -> new int[2]);
                counts[0] += outcome.status() == Status.PASSED ? 1 : 0;
                counts[1]++;
            }
        }
        List<Map.Entry<String, int[]>> tests = new ArrayList<>(passedAndTotal.entrySet());
        tests.sort((a, b) -> Double.compare((double) a.getValue()[0] / a.getValue()[1], (double) b.getValue()[0] / b.getValue()[1]));
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\" height=\"%d\" role=\"img\">", 20 + 18 * tests.size()));
        int y = 10;
        for (Map.Entry<String, int[]> test : tests) {
            double rate = (double) test.getValue()[0] / test.getValue()[1];
            svg.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>", y + 12, escape(test.getKey())))
                    .append(String.format(Locale.ROOT, "<rect x=\"520\" y=\"%d\" width=\"%d\" height=\"13\" fill=\"%s\"/>", y + 2,
                            (int) Math.round(300 * rate), rate < 0.5 ? "#c53030" : "#2f855a"))
                    .append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%.0f%%</text>", 525 + (int) Math.round(300 * rate), y + 12,
                            100 * rate));
            y += 18;
        }
        return svg.append("</svg>\n").toString();
    }

    /** Text made safe inside an HTML element or a quoted attribute. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
