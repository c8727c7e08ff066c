package socketlab.handouts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import socketlab.grader.docker.DockerEngine;

/**
 * Builds the handouts and the student kit: {@code BuildHandouts <repository> <target folder>}. Writes
 * {@code handouts/<lang>/handout.html}, {@code handout.pdf}, {@code instructor-guide.html} and the
 * diagrams under the target folder, then {@code student-kit.zip}.
 */
public final class BuildHandouts {
    static final List<String> LANGUAGES = List.of("id", "en");

    private BuildHandouts() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BuildHandouts <repository> <target folder>");
        }
        try {
            build(Path.of(args[0]).toAbsolutePath().normalize(), Path.of(args[1]).toAbsolutePath().normalize());
        } finally {
            DockerEngine.cleanUpNow();
        }
    }

    private static void build(Path repository, Path target) throws IOException {
        Transcripts transcriptsOfTheSolutions = new Transcripts(repository, target.resolve("solution-builds"));
        for (String lang : LANGUAGES) {
            Path folder = Files.createDirectories(target.resolve("handouts").resolve(lang));
            for (String exercise : Chapter.exercises()) {
                Diagrams.draw(repository.resolve("handouts/diagrams"), exercise, lang, folder.resolve("diagrams"));
            }
            Map<String, String> transcripts = transcriptsOfTheSolutions.capture(lang);
            HtmlBook book = new HtmlBook(repository, lang, transcripts);
            Path html = Files.writeString(folder.resolve("handout.html"), book.handout());
            Files.writeString(folder.resolve("instructor-guide.html"), book.single("instructor-guide"));
            Path pdf = PdfBook.print(html);
            System.out.println("handouts: " + target.relativize(html) + ", " + target.relativize(pdf));
        }
        Path kit = StudentKit.build(repository, target.resolve("handouts"), target.resolve("maven-wrapper"),
                target.resolve("student-kit.zip"));
        System.out.println("handouts: " + target.relativize(kit));
    }
}
