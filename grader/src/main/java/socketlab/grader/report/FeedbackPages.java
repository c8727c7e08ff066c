package socketlab.grader.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import socketlab.grader.course.Lang;
import socketlab.grader.result.Student;

/**
 * The student's own pages, to hand out: {@code feedback.<lang>.md} and {@code feedback.<lang>.html} in each language, the
 * scorecard's tables under the student's name; the student reads the one in their language.
 */
final class FeedbackPages implements Adapter {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    @Override
    public List<String> files() {
        List<String> names = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            names.add(name(lang, "md"));
            names.add(name(lang, "html"));
        }
        return names;
    }

    @Override
    public List<Path> write(GradedWork work, Path folder) throws IOException {
        Student student = work.student();
        List<Path> written = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            String code = code(lang);
            String markdown = "# " + (student.name().isBlank() ? student.id() : student.name() + " (" + student.id() + ")") + "\n\n"
                    + new ScorecardTables(lang).markdown(work.card());
            written.add(ReportFiles.atomically(folder.resolve(name(lang, "md")), markdown));
            String html = HtmlRenderer.builder().extensions(EXTENSIONS).build()
                    .render(Parser.builder().extensions(EXTENSIONS).build().parse(markdown));
            written.add(ReportFiles.atomically(folder.resolve(name(lang, "html")), "<!DOCTYPE html>\n<html lang=\"" + code
                    + "\"><head><meta charset=\"UTF-8\"><title>socket-lab: " + student.id() + "</title>"
                    + "<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
                    + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left}</style>"
                    + "</head><body>\n" + html + "</body></html>\n"));
        }
        return written;
    }

    private static String name(Lang lang, String extension) {
        return "feedback." + code(lang) + "." + extension;
    }

    private static String code(Lang lang) {
        return lang.name().toLowerCase(Locale.ROOT);
    }
}
