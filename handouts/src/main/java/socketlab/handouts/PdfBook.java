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

/** Prints an HTML handout to PDF with openhtmltopdf, diagrams included, styled by the page's print rules. */
public final class PdfBook {
    /**
     * The widest line of code or terminal text the printed page shows whole: the print rules of {@code handout.css}
     * size the monospace font for it, and the transcripts break their command lines to fit it.
     */
    public static final int CODE_COLUMNS = 120;

    private PdfBook() {
    }

    /** Writes the PDF of the HTML file next to it (same name, .pdf) and returns its path. */
    public static Path print(Path html) throws IOException {
        Document page = Jsoup.parse(html.toFile(), "UTF-8");
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
