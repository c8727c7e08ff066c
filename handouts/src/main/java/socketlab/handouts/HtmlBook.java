package socketlab.handouts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Builds one HTML page from the Markdown chapters of one language, filling in the build-time parts:
 * {@code <!-- diagram: name -->}, {@code <!-- transcript: name -->} and
 * {@code <!-- excerpt: module File.java method -->}.
 */
public final class HtmlBook {
    private static final Pattern DIRECTIVE = Pattern.compile("<!-- (diagram|transcript|excerpt): ([^>]*?) -->");
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Path repository;
    private final String lang;
    private final Map<String, String> transcripts;

    public HtmlBook(Path repository, String lang, Map<String, String> transcripts) {
        this.repository = repository;
        this.lang = lang;
        this.transcripts = transcripts;
    }

    /** The whole handout: cover, contents and every chapter, as an XHTML page. */
    public String handout() throws IOException {
        StringBuilder toc = new StringBuilder("<nav class=\"toc\"><ol>");
        StringBuilder body = new StringBuilder();
        for (Chapter chapter : Chapter.all()) {
            String markdown = Files.readString(repository.resolve("handouts").resolve(lang).resolve(chapter.file() + ".md"));
            toc.append("<li><a href=\"#").append(chapter.file()).append("\">")
                    .append(escape(markdown.lines().findFirst().orElse("").replaceFirst("^# ", ""))).append("</a></li>");
            body.append("<section class=\"chapter\" id=\"").append(chapter.file()).append("\">\n")
                    .append(anchorsOf(chapter.file(), render(expand(markdown)))).append("</section>\n");
        }
        toc.append("</ol></nav>");
        String cover = lang.equals("id")
                ? "<div class=\"cover\"><h1>socket-lab</h1><p>Pemrograman socket dengan Java, dari modul <em>Pengenalan Socket Python</em></p></div>"
                : "<div class=\"cover\"><h1>socket-lab</h1><p>Socket programming in Java, from the lab module"
                        + " <em>Pengenalan Socket Python</em></p></div>";
        return page(lang.equals("id") ? "socket-lab: handout" : "socket-lab: handout", cover + toc + body);
    }

    /** A page of its own, such as the instructor guide. */
    public String single(String name) throws IOException {
        String markdown = Files.readString(repository.resolve("handouts").resolve(lang).resolve(name + ".md"));
        return page("socket-lab: " + markdown.lines().findFirst().orElse("").replaceFirst("^# ", ""), render(expand(markdown)));
    }

    /** The Markdown with every build-time directive replaced by what it stands for. */
    String expand(String markdown) throws IOException {
        Matcher directive = DIRECTIVE.matcher(markdown);
        StringBuilder text = new StringBuilder();
        while (directive.find()) {
            String[] args = directive.group(2).strip().split("\\s+");
            String replacement = switch (directive.group(1)) {
                case "diagram" -> "![" + (lang.equals("id") ? "Diagram urutan " : "Sequence diagram of ") + args[0] + "](diagrams/"
                        + args[0] + "-" + lang + ".svg)";
                case "transcript" -> require(transcripts.get(String.join(" ", args)), "no transcript for " + String.join(" ", args));
                default -> "```java\n" + Excerpts.method(stubSource(args[0], args[1]), args[2]) + "```";
            };
            directive.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        directive.appendTail(text);
        return text.toString();
    }

    private Path stubSource(String module, String file) throws IOException {
        try (Stream<Path> walk = Files.walk(repository.resolve("exercises").resolve(module).resolve("src/main/java"))) {
            return walk.filter(path -> path.getFileName().toString().equals(file)).findFirst()
                    .orElseThrow(() -> new IOException("no stub " + file + " in exercises/" + module));
        }
    }

    private static String render(String markdown) {
        String html = HtmlRenderer.builder().extensions(EXTENSIONS).build()
                .render(Parser.builder().extensions(EXTENSIONS).build().parse(markdown));
        return html.replace("<pre><code class=\"language-terminal\">", "<pre class=\"terminal\"><code>")
                .replaceAll("<p><img src=\"([^\"]+\\.svg)\" alt=\"([^\"]*)\" /></p>",
                        "<figure class=\"diagram\"><img class=\"diagram\" src=\"$1\" alt=\"$2\" /></figure>");
    }

    /** Section anchors are per chapter in the Markdown; in one page they become {@code <chapter>-<section>}. */
    private static String anchorsOf(String chapter, String html) {
        return html.replaceAll("<a id=\"([a-z0-9-]+)\"></a>", "<a id=\"" + chapter + "-$1\"></a>");
    }

    private String page(String title, String body) throws IOException {
        String css = Files.readString(repository.resolve("handouts/style/handout.css"));
        return "<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"UTF-8\" />\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>" + escape(title)
                + "</title>\n<style>\n" + css + "</style>\n</head>\n<body>\n" + body + "</body>\n</html>\n";
    }

    private static String require(String value, String problem) {
        if (value == null) {
            throw new IllegalStateException(problem);
        }
        return value;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("`", "");
    }
}
