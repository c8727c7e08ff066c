package socketlab.handouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.harness.Graded;
import socketlab.grader.quiz.Quiz;

/**
 * The built handouts are whole: every chapter is in each language's page, every image the page shows
 * exists, every handout section a scorecard points to exists, and the PDF has its pages.
 */
final class HandoutPagesIT {
    static final Path REPOSITORY = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    static final Path BUILT = Path.of(System.getProperty("handouts.target", "target")).resolve("handouts");

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void hasEveryChapterAndEveryImageItShows(String lang) throws IOException {
        String html = Files.readString(BUILT.resolve(lang).resolve("handout.html"));
        List<String> missingImages = new ArrayList<>();
        Matcher image = Pattern.compile("<img[^>]* src=\"([^\"]+)\"").matcher(html);
        int images = 0;
        while (image.find()) {
            images++;
            if (!Files.isRegularFile(BUILT.resolve(lang).resolve(image.group(1)))) {
                missingImages.add(image.group(1));
            }
        }
        int shown = images;
        assertAll(
                () -> assertThat(Chapter.all().stream().map(chapter -> "<section class=\"chapter\" id=\"" + chapter.file() + "\">"))
                        .allSatisfy(section -> assertThat(html).contains(section)),
                () -> assertThat(shown).as("diagrams shown").isEqualTo(Chapter.exercises().size()),
                () -> assertThat(missingImages).as("images the page shows but that do not exist").isEmpty(),
                () -> assertThat(html).as("transcripts").contains("<pre class=\"terminal\"><code>$ java -jar server/target/server.jar"),
                () -> assertThat(html).as("no directive left unexpanded").doesNotContain("<!-- excerpt:", "<!-- transcript:", "<!-- diagram:"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void hasEverySectionTheScorecardPointsTo(String lang) throws IOException {
        String html = Files.readString(BUILT.resolve(lang).resolve("handout.html"));
        Map<String, String> sections = new TreeMap<>();
        for (Class<?> tests : GradingRun.hiddenTestClasses()) {
            for (var method : tests.getDeclaredMethods()) {
                Graded graded = method.getAnnotation(Graded.class);
                if (graded != null) {
                    sections.put(method.getName(), graded.section());
                }
            }
        }
        Quiz.course().questions().forEach(question -> sections.put("quiz " + question.id(), question.section()));
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> named : sections.entrySet()) {
            String[] chapterAndSection = named.getValue().split("#");
            String markdown = Files.readString(REPOSITORY.resolve("handouts").resolve(lang).resolve(chapterAndSection[0] + ".md"));
            if (!markdown.contains("<a id=\"" + chapterAndSection[1] + "\"></a>")
                    || !html.contains("<a id=\"" + chapterAndSection[0] + "-" + chapterAndSection[1] + "\"></a>")) {
                missing.add(named.getValue() + " (" + named.getKey() + ")");
            }
        }
        assertThat(missing).as("handout sections named by hidden tests and quiz questions but missing in %s", lang).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void printsEveryLineOfCodeAndTerminalTextWhole(String lang) throws IOException {
        List<String> shown = Jsoup.parse(BUILT.resolve(lang).resolve("handout.html").toFile(), "UTF-8").select("pre > code").stream()
                .flatMap(code -> code.wholeText().lines()).filter(line -> !line.isBlank()).toList();
        List<String> printed;
        try (PDDocument pdf = Loader.loadPDF(BUILT.resolve(lang).resolve("handout.pdf").toFile())) {
            printed = new PDFTextStripper().getText(pdf).lines().map(HandoutPagesIT::squeezed).toList();
        }
        assertAll(
                () -> assertThat(shown).as("lines of code and terminal text in the %s page", lang).hasSizeGreaterThan(100),
                () -> assertThat(shown).as("lines wider than the printed page's code (PdfBook.CODE_COLUMNS)")
                        .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(PdfBook.CODE_COLUMNS)),
                () -> assertThat(shown.stream().filter(line -> line.length() > 60).map(HandoutPagesIT::squeezed))
                        .as("long lines the %s PDF wraps onto a second line", lang)
                        .allSatisfy(line -> assertThat(printed).anySatisfy(pdfLine -> assertThat(pdfLine).contains(line))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void printsEveryPieceOfCodeAndEveryNumberedNameWholeOnOneLineOfOnePage(String lang) throws IOException {
        Document html = Jsoup.parse(BUILT.resolve(lang).resolve("handout.html").toFile(), "UTF-8");
        List<String> inline = Stream.concat(html.select("p code, li code, td code").stream().map(code -> code.wholeText().strip())
                        .filter(text -> text.indexOf('-') > 0 && !text.contains(" ") && text.length() <= 40),
                Pattern.compile("\\p{L}+-\\d+").matcher(html.body().text()).results().map(MatchResult::group)).distinct().toList();
        List<String> printed = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(BUILT.resolve(lang).resolve("handout.pdf").toFile())) {
            PDFTextStripper pages = new PDFTextStripper();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                pages.setStartPage(page);
                pages.setEndPage(page);
                printed.addAll(pages.getText(pdf).lines().toList());
            }
        }
        String text = String.join("\n", printed);
        assertAll(
                () -> assertThat(inline).as("hyphenated code and names in the %s text", lang).contains("UTF-8"),
                () -> assertThat(inline).as("code in the %s text split at its hyphen, across a line's or a page's end", lang)
                        .allSatisfy(code -> assertThat(text).doesNotContain(code.substring(0, code.indexOf('-') + 1) + "\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "en"})
    void printsAPdfOfSeveralPages(String lang) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(BUILT.resolve(lang).resolve("handout.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).as("pages of the %s PDF", lang).isGreaterThanOrEqualTo(Chapter.all().size());
        }
    }

    private static String squeezed(String line) {
        return line.replaceAll("\\s+", "");
    }
}
