package socketlab.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import socketlab.grader.course.Lang;
import socketlab.grader.report.GradescopeReport;
import socketlab.grader.report.ReportFiles;
import socketlab.grader.report.ScorecardFile;
import socketlab.grader.result.Scorecard;

/**
 * Writes one student's files: feedback in Markdown and HTML in both languages, the per-test CSV and the saved
 * scorecard ({@link ScorecardFile}, which the class's gradebook and report read), who the student is
 * ({@code student.json}, which {@code grader merge} reads), and last, as the mark that the
 * student is graded, {@code results.json} (Gradescope's format); the CSV and results.json in the class's language.
 */
final class StudentReports {
    static final String DONE = GradescopeReport.NAME;

    private StudentReports() {
    }

    static void write(Student student, Scorecard card, Path folder, Lang language) throws IOException {
        Files.createDirectories(folder);
        var markdownExtensions = List.of(TablesExtension.create());
        for (Lang lang : Lang.values()) {
            String code = lang.name().toLowerCase(Locale.ROOT);
            String markdown = "# " + (student.name().isBlank() ? student.id() : student.name() + " (" + student.id() + ")") + "\n\n"
                    + new ReportFiles(lang).markdown(card);
            ReportFiles.atomically(folder.resolve("feedback." + code + ".md"), markdown);
            String html = HtmlRenderer.builder().extensions(markdownExtensions).build()
                    .render(Parser.builder().extensions(markdownExtensions).build().parse(markdown));
            ReportFiles.atomically(folder.resolve("feedback." + code + ".html"), "<!DOCTYPE html>\n<html lang=\"" + code
                    + "\"><head><meta charset=\"UTF-8\"><title>socket-lab: " + student.id() + "</title>"
                    + "<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
                    + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}</style>"
                    + "</head><body>\n" + html + "</body></html>\n");
        }
        ReportFiles.atomically(folder.resolve(ReportFiles.CSV), new ReportFiles(language).csv(card));
        ScorecardFile.write(card, folder);
        ClassResults.save(student, folder);
        ReportFiles.atomically(folder.resolve(DONE), GradescopeReport.of(card, language));
    }

    /** Whether the student's folder holds a finished grading. */
    static boolean graded(Path folder) {
        return Files.isRegularFile(folder.resolve(DONE)) && Files.isRegularFile(folder.resolve(ScorecardFile.NAME));
    }
}
