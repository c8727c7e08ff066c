package socketlab.handouts;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/** Prints an HTML handout to PDF with openhtmltopdf, diagrams included, styled by the page's print rules. */
public final class PdfBook {
    /**
     * The widest line of code or terminal text the printed page shows whole: the print rules of {@code handout.css}
     * size the monospace font for it, and the transcripts break their command lines to fit it.
     */
    public static final int CODE_COLUMNS = 120;

    private PdfBook() {
    }

    /**
     * A name whose hyphen comes before a number ("UTF-8", "ISO-8859-1") is never broken at that hyphen, at a line's
     * end or a page's: in the text (not in code blocks, which never wrap in print) it gets the non-breaking hyphen.
     */
    static void keepNumberedNamesWhole(Document page) {
        for (Element element : page.body().getAllElements()) {
            if (!element.is("pre") && element.parents().stream().noneMatch(parent -> parent.is("pre"))) {
                for (TextNode text : element.textNodes()) {
                    text.text(text.getWholeText().replaceAll("(?<=\\p{L})-(?=\\d)", "\u2011"));
                }
            }
        }
    }

    /** Writes the PDF of the HTML file next to it (same name, .pdf) and returns its path. */
    public static Path print(Path html) throws IOException {
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
        keepNumberedNamesWhole(page);
        Path pdf = html.resolveSibling(html.getFileName().toString().replaceFirst("\\.html$", ".pdf"));
        try (OutputStream out = Files.newOutputStream(pdf)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.withW3cDocument(new W3CDom().fromJsoup(page), html.getParent().toUri().toString());
            builder.toStream(out);
            builder.run();
        }
        return pdf;
    }
}
