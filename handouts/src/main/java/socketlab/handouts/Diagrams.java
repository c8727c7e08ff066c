package socketlab.handouts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;

/**
 * Draws the sequence diagrams at build time with PlantUML, from {@code diagrams/<name>.puml}. A source
 * holds both languages as {@code {english|bahasa indonesia}}; each handout gets its own drawing.
 */
public final class Diagrams {
    private static final Pattern BOTH = Pattern.compile("\\{([^{}|]*)\\|([^{}|]*)}");

    private Diagrams() {
    }

    /** The diagram's source with the chosen language's words kept. */
    static String inLanguage(String source, String lang) {
        Matcher both = BOTH.matcher(source);
        StringBuilder text = new StringBuilder();
        while (both.find()) {
            both.appendReplacement(text, Matcher.quoteReplacement(lang.equals("id") ? both.group(2) : both.group(1)));
        }
        both.appendTail(text);
        return text.toString();
    }

    /** Draws {@code <name>.puml} in this language as an SVG file in the folder, and returns its path. */
    public static Path draw(Path sources, String name, String lang, Path folder) throws IOException {
        String source = inLanguage(Files.readString(sources.resolve(name + ".puml")), lang)
                .replace("@startuml", "@startuml\nskinparam shadowing false\nskinparam defaultFontName sans-serif");
        ByteArrayOutputStream svg = new ByteArrayOutputStream();
        new SourceStringReader(source).outputImage(svg, new FileFormatOption(FileFormat.SVG));
        String drawing = svg.toString(StandardCharsets.UTF_8);
        if (!drawing.contains("<svg")) {
            throw new IOException("PlantUML drew no SVG for " + name + ".puml");
        }
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name + "-" + lang + ".svg"), drawing);
    }
}
