package socketlab.grader.batch;

import java.util.List;
import java.util.Locale;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Text;
import socketlab.grader.similarity.Compared;
import socketlab.grader.similarity.SimilarPair;

/**
 * The class report's similarity list: per exercise, the pairs at or above {@link #SHOWN_FROM} percent with their matching
 * lines side by side, and whose work was compared with nobody; every pair is in {@code similarity.csv}.
 */
final class SimilarityList {
    /** The lowest similarity whose pair the report shows with its lines. */
    static final double SHOWN_FROM = 60.0;
    static final String STYLE = "table.passage{border-collapse:collapse;width:100%;table-layout:fixed;margin:.3rem 0}"
            + ".passage td{vertical-align:top;border:1px solid #cbd5e0;padding:.2rem}.passage pre{margin:0;font-size:12px;"
            + "white-space:pre-wrap;overflow-wrap:anywhere}.pair{margin:1rem 0}";

    private SimilarityList() {
    }

    /** The section, or a line that says the work was not compared. */
    static String section(List<Compared> compared, Lang lang) {
        StringBuilder html = new StringBuilder("<h2 id=\"similarity\">").append(Text.of("Similar work", "Kiriman yang mirip").in(lang))
                .append("</h2>\n");
        if (compared.isEmpty()) {
            return html.append("<p>").append(Text.of("The work was not compared.", "Kiriman tidak dibandingkan.").in(lang)).append("</p>\n")
                    .toString();
        }
        html.append("<p class=\"evidence\">").append(Text.of("Evidence for a person to read, never a grade. The kit's stubs are taken"
                        + " out before comparing; identical correct answers to a small gap are expected, so a high figure alone proves"
                        + " nothing. Pairs from %.0f%% are shown with their matching lines; every pair is in similarity.csv.",
                "Bukti untuk dibaca manusia, tidak pernah nilai. Stub dari kit dikeluarkan sebelum membandingkan; jawaban benar yang"
                        + " identik untuk celah kecil memang wajar, jadi angka tinggi saja tidak membuktikan apa pun. Pasangan mulai %.0f%%"
                        + " ditampilkan dengan baris yang cocok; semua pasangan ada di similarity.csv.", SHOWN_FROM).in(lang)).append("</p>\n");
        for (Compared exercise : compared) {
            List<SimilarPair> shown = exercise.pairs().stream().filter(pair -> pair.percent() >= SHOWN_FROM).toList();
            if (shown.isEmpty() && exercise.leftOut().isEmpty()) {
                continue;
            }
            html.append("<h3>").append(exercise.exercise().program()).append("</h3>\n");
            if (!exercise.leftOut().isEmpty()) {
                html.append("<p class=\"left-out\">").append(ClassReport.escape(Text.of(
                        "Compared with nobody (does not parse, too short, or no classmate to"
                        + " compare with): %s", "Tidak dibandingkan dengan siapa pun (tidak dapat diurai, terlalu pendek, atau tidak ada teman"
                        + " untuk dibandingkan): %s", String.join(", ", exercise.leftOut())).in(lang)))
                        .append("</p>\n");
            }
            shown.forEach(pair -> html.append(pair(pair, lang)));
        }
        return html.toString();
    }

    private static String pair(SimilarPair pair, Lang lang) {
        StringBuilder html = new StringBuilder("<div class=\"pair\" data-exercise=\"").append(pair.exercise().module())
                .append("\" data-first=\"").append(ClassReport.escape(pair.first())).append("\" data-second=\"")
                .append(ClassReport.escape(pair.second())).append("\"><h4>").append(ClassReport.escape(pair.first())).append(" &amp; ")
                .append(ClassReport.escape(pair.second())).append(String.format(Locale.ROOT, ": %.1f%%", pair.percent())).append("</h4>\n");
        if (pair.matches().isEmpty()) {
            html.append("<p>").append(Text.of("No passage long enough to show.", "Tidak ada bagian yang cukup panjang untuk ditampilkan.")
                    .in(lang)).append("</p>\n");
        }
        for (SimilarPair.Passage passage : pair.matches()) {
            html.append("<table class=\"passage\"><tr><td>").append(ClassReport.escape(String.format(Locale.ROOT, "%s %s:%d-%d", pair.first(),
                            passage.firstFile(), passage.firstFrom(), passage.firstTo())))
                    .append("<pre>").append(ClassReport.escape(String.join("\n", passage.firstText()))).append("</pre></td><td>")
                    .append(ClassReport.escape(String.format(Locale.ROOT, "%s %s:%d-%d", pair.second(), passage.secondFile(),
                            passage.secondFrom(), passage.secondTo())))
                    .append("<pre>").append(ClassReport.escape(String.join("\n", passage.secondText()))).append("</pre></td></tr></table>\n");
        }
        return html.append("</div>\n").toString();
    }
}
