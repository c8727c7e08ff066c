package socketlab.grader.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import socketlab.grader.course.Lang;
import socketlab.grader.result.Scorecard;

/**
 * One grading platform's adapter ({@link Platform} lists them): what the platform reads of a grading, made from the
 * graded work alone. It writes files into a grading's folder, or prints on stdout, or both; each part does nothing by
 * default.
 */
public interface Adapter {

    /** The names of the files this adapter writes into a grading's folder, in its order. */
    default List<String> files() {
        return List.of();
    }

    /** Writes this platform's files for the work into {@code folder}, or where its environment says; returns their paths. */
    default List<Path> write(GradedWork work, Path folder) throws IOException {
        return List.of();
    }

    /** Refuses, before anything is graded, an environment this platform's output cannot be made in (with a Problem). */
    default void check(Map<String, String> environment) {
    }

    /** What this platform reads on stdout in place of a person's scorecard, printed before any file is written. */
    default Optional<String> insteadOfTheScorecard(GradedWork work) {
        return Optional.empty();
    }

    /** The line this platform reads last on stdout, after a person's scorecard. */
    default Optional<String> lastLine(GradedWork work) {
        return Optional.empty();
    }

    /** The text of one file from a scorecard, in a language. */
    @FunctionalInterface
    interface Content {
        String of(Scorecard card, Lang lang) throws IOException;
    }

    /** An adapter that writes one file into the grading's folder, named {@code name}, in the run's language. */
    static Adapter file(String name, Content content) {
        return new Adapter() {
            @Override
            public List<String> files() {
                return List.of(name);
            }

            @Override
            public List<Path> write(GradedWork work, Path folder) throws IOException {
                return List.of(ReportFiles.atomically(folder.resolve(name), content.of(work.card(), work.lang())));
            }
        };
    }
}
