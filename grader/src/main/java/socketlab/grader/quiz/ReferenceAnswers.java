package socketlab.grader.quiz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The reference submission: the course's {@code solutions/} with the quiz's own answers beside them, written
 * into a work folder, so that grading the reference grades its quiz too while the answers stay in the grader.
 */
public final class ReferenceAnswers {

    private ReferenceAnswers() {
    }

    /** A copy of {@code solutions} (without build output) and a {@code quiz.txt} with the right answers, in {@code work}. */
    public static Path submission(Path solutions, Path work) throws IOException {
        Path copy = Files.createDirectories(work.resolve("reference"));
        try (Stream<Path> walk = Files.walk(solutions)) {
            for (Path source : walk.filter(path -> !solutions.relativize(path).toString().contains("target")).toList()) {
                Path target = copy.resolve(solutions.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.writeString(copy.resolve(Quiz.FILE), AnswerSheet.answered(Quiz.course()));
        return copy;
    }
}
