package socketlab.grader.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Text;
import socketlab.grader.interop.Matchup;
import socketlab.grader.interop.Meeting;

/**
 * The class report's interop matrix, one table per kind of meeting: a row per client, a column per server (the reference's
 * and the seed's first), each cell coloured by the meeting's result and carrying its why; the failed meetings listed
 * below with their conversations.
 */
final class InteropMatrix {
    static final String STYLE = "table.matrix{border-collapse:collapse;margin:.5rem 0}.matrix th,.matrix td{border:1px solid #cbd5e0;"
            + "padding:.15rem .35rem;font-size:12px;text-align:center}.matrix th.row{text-align:left}"
            + "td.passed{background:#c6f6d5}td.failed{background:#fed7d7}td.not-run{background:#e2e8f0}"
            + "details pre{white-space:pre-wrap;font-size:12px;background:#f7fafc;padding:.4rem}";

    private InteropMatrix() {
    }

    /** The section, or a line that says no matrix was run. */
    static String section(List<Meeting> meetings, Lang lang) {
        StringBuilder html = new StringBuilder("<h2 id=\"interop\">").append(Text.of("Interop matrix", "Matriks interop").in(lang)).append("</h2>\n");
        if (meetings.isEmpty()) {
            return html.append("<p>").append(Text.of("Not run: grade the class with --interop k to see it.",
                    "Tidak dijalankan: nilai kelas dengan --interop k untuk melihatnya.").in(lang)).append("</p>\n").toString();
        }
        html.append("<p>").append(Text.of("Each cell is one short conversation between a client (row) and a server (column), judged on the"
                        + " wire: green passed, red failed (its why on the cell and below), grey not run (a stub, or work that did not"
                        + " compile or was not handed in). It shows whether programs written apart speak one protocol; it is not a grade.",
                "Setiap sel adalah satu percakapan singkat antara client (baris) dan server (kolom), dinilai dari yang lewat di jaringan:"
                        + " hijau lulus, merah gagal (alasannya pada sel dan di bawah), abu-abu tidak dijalankan (stub, atau kiriman yang"
                        + " tidak dapat dikompilasi atau tidak dikumpulkan). Ini menunjukkan apakah program yang ditulis terpisah berbicara"
                        + " dengan satu protokol; ini bukan nilai.").in(lang)).append("</p>\n");
        for (Matchup matchup : Matchup.values()) {
            List<Meeting> kind = meetings.stream().filter(meeting -> meeting.exercise() == matchup.server()).toList();
            if (!kind.isEmpty()) {
                html.append(table(matchup, kind, lang));
            }
        }
        return html.toString();
    }

    private static String table(Matchup matchup, List<Meeting> kind, Lang lang) {
        List<String> servers = new ArrayList<>();
        for (String first : List.of(Meeting.REFERENCE, Meeting.SEED)) {
            if (kind.stream().anyMatch(meeting -> meeting.server().equals(first))) {
                servers.add(first);
            }
        }
        kind.stream().map(Meeting::server).filter(server -> !servers.contains(server)).collect(Collectors.toCollection(TreeSet::new))
                .forEach(servers::add);
        Map<String, Map<String, Meeting>> rows = new LinkedHashMap<>();
        kind.stream().map(Meeting::client).sorted().distinct().forEach(client -> rows.put(client, new LinkedHashMap<>()));
        kind.forEach(meeting -> rows.get(meeting.client()).put(meeting.server(), meeting));
        StringBuilder html = new StringBuilder("<h3>").append(matchup.clientProgram()).append(" &rarr; ").append(matchup.server().program())
                .append("</h3>\n<table class=\"matrix\" data-exercise=\"").append(matchup.server().module()).append("\"><tr><th></th>");
        servers.forEach(server -> html.append("<th>").append(ClassReport.escape(name(server, lang))).append("</th>"));
        html.append("</tr>\n");
        List<Meeting> failed = new ArrayList<>();
        rows.forEach((client, cells) -> {
            html.append("<tr><th class=\"row\">").append(ClassReport.escape(name(client, lang))).append("</th>");
            for (String server : servers) {
                Meeting meeting = cells.get(server);
                if (meeting == null) {
                    html.append("<td></td>");
                    continue;
                }
                String result = meeting.result().name().toLowerCase(Locale.ROOT).replace('_', '-');
                String why = meeting.result() == Meeting.Result.PASSED ? InteropFiles.result(meeting.result(), lang) : meeting.why().in(lang);
                html.append("<td class=\"cell ").append(result).append("\" data-client=\"").append(ClassReport.escape(client))
                        .append("\" data-server=\"").append(ClassReport.escape(server)).append("\" data-result=\"").append(result)
                        .append("\" title=\"").append(ClassReport.escape(why)).append("\">").append(symbol(meeting.result())).append("</td>");
                if (meeting.result() == Meeting.Result.FAILED) {
                    failed.add(meeting);
                }
            }
            html.append("</tr>\n");
        });
        html.append("</table>\n");
        for (Meeting meeting : failed) {
            html.append("<details><summary>").append(ClassReport.escape(name(meeting.client(), lang) + " → " + name(meeting.server(), lang)
                    + ": " + meeting.why().in(lang))).append("</summary><pre>")
                    .append(ClassReport.escape(String.join("\n", meeting.transcript()))).append("</pre></details>\n");
        }
        return html.toString();
    }

    private static String name(String author, Lang lang) {
        return switch (author) {
            case Meeting.REFERENCE -> Text.of("reference", "referensi").in(lang);
            case Meeting.SEED -> Text.of("seed (serverku2.py)", "modul (serverku2.py)").in(lang);
            default -> author;
        };
    }

    private static String symbol(Meeting.Result result) {
        return switch (result) {
            case PASSED -> "&#10003;";
            case FAILED -> "&#10007;";
            case NOT_RUN -> "&ndash;";
        };
    }
}
