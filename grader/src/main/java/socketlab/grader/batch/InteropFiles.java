package socketlab.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Text;
import socketlab.grader.interop.InteropCsv;
import socketlab.grader.interop.Matchup;
import socketlab.grader.interop.Meeting;
import socketlab.grader.report.ReportFiles;
import socketlab.grader.result.Student;

/**
 * What a class's whole interop matrix is written as: {@code interop.csv} for the instructor, and for each student whose
 * program met another, {@code students/<id>/interop.md}, their own meetings only, as a client and as a server, each
 * classmate named "a classmate", the why and the conversation of each meeting that failed.
 */
public final class InteropFiles {
    /** A student's own meetings, in their results folder. */
    public static final String STUDENT_FILE = "interop.md";

    private InteropFiles() {
    }

    /** Writes {@code interop.csv} and the students' files; returns the paths of the class's files. */
    public static List<Path> write(ClassResults results, List<Student> students, List<Meeting> meetings, Lang lang) throws IOException {
        List<Path> written = new ArrayList<>();
        written.add(ReportFiles.atomically(results.folder().resolve(InteropCsv.FILE), InteropCsv.of(meetings, lang)));
        for (Student student : students) {
            List<Meeting> own = meetings.stream().filter(each -> each.client().equals(student.id()) || each.server().equals(student.id())).toList();
            Path folder = results.folderOf(student);
            if (!own.isEmpty() && Files.isDirectory(folder)) {
                ReportFiles.atomically(folder.resolve(STUDENT_FILE), page(student.id(), own, lang));
            }
        }
        return written;
    }

    /** One student's meetings, the classmates' ids hidden. */
    static String page(String id, List<Meeting> own, Lang lang) {
        StringBuilder page = new StringBuilder("# ").append(Text.of("Your programs with other programs", "Program Anda dengan program lain").in(lang))
                .append("\n\n").append(Text.of("Each row is one short conversation, judged on the wire: evidence that programs written apart"
                        + " speak the same protocol. It is not part of your grade.",
                        "Setiap baris adalah satu percakapan singkat, dinilai dari yang lewat di jaringan: bukti bahwa program yang ditulis"
                                + " terpisah berbicara dengan protokol yang sama. Ini bukan bagian dari nilai Anda.").in(lang))
                .append("\n\n| ").append(Text.of("client", "client").in(lang)).append(" | ").append(Text.of("server", "server").in(lang))
                .append(" | ").append(Text.of("result", "hasil").in(lang)).append(" | ").append(Text.of("why", "alasan").in(lang))
                .append(" |\n|---|---|---|---|\n");
        Map<String, Meeting> failed = new TreeMap<>();
        for (Meeting meeting : own) {
            String client = side(meeting.client(), id, meeting, true, lang);
            String server = side(meeting.server(), id, meeting, false, lang);
            page.append("| ").append(client).append(" | ").append(server).append(" | ").append(result(meeting.result(), lang)).append(" | ")
                    .append(meeting.result() == Meeting.Result.PASSED ? "" : meeting.why().in(lang).replace("|", "\\|")).append(" |\n");
            if (meeting.result() == Meeting.Result.FAILED) {
                failed.put(client + " / " + server, meeting);
            }
        }
        failed.forEach((title, meeting) -> {
            page.append("\n## ").append(title).append("\n\n```text\n");
            meeting.transcript().forEach(line -> page.append(line).append('\n'));
            page.append("```\n");
        });
        return page.toString();
    }

    /** Passed, failed or not run, in the reader's language. */
    public static String result(Meeting.Result result, Lang lang) {
        return switch (result) {
            case PASSED -> Text.of("passed", "lulus").in(lang);
            case FAILED -> Text.of("failed", "gagal").in(lang);
            case NOT_RUN -> Text.of("not run", "tidak dijalankan").in(lang);
        };
    }

    private static String side(String author, String reader, Meeting meeting, boolean client, Lang lang) {
        String program = client ? Matchup.serving(meeting.exercise()).clientProgram() : meeting.exercise().program();
        String who = author.equals(reader) ? Text.of("yours", "milik Anda").in(lang)
                : author.equals(Meeting.REFERENCE) ? Text.of("the course's", "milik kursus").in(lang)
                : author.equals(Meeting.SEED) ? Text.of("the seed's serverku2.py", "serverku2.py dari modul").in(lang)
                : Text.of("a classmate's", "milik teman sekelas").in(lang);
        return program + " (" + who + ")";
    }
}
