package socketlab.grader.quiz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds a submission's answer file wherever it sits, and reads it: the one nearest the top, by name. */
public final class QuizFile {
    /** A file larger than this is no answer file (the template is a few kilobytes). */
    static final long MAX_BYTES = 256 * 1024;

    private QuizFile() {
    }

    /** The submission's {@code quiz.txt} (any case), the one with the fewest folders above it; empty if none. */
    public static Optional<Path> find(Path submission) {
        try (Stream<Path> walk = Files.walk(submission, 12)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().toLowerCase(Locale.ROOT).equals(Quiz.FILE))
                    .min(Comparator.<Path>comparingInt(Path::getNameCount).thenComparing(Path::toString));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The file's text; empty when it is too large or not text (UTF-8), which the grader calls malformed. */
    public static Optional<String> read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
