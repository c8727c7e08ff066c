package socketlab.grader.submission;

import java.nio.file.Path;
import socketlab.grader.course.Exercise;

/** What became of one exercise of a submission before any test ran: built, not compiled, or missing. */
public sealed interface Build {

    Exercise exercise();

    /** Compiled: the classes (and resources) are in this folder; the main class is this one. */
    record Compiled(Exercise exercise, Path classes, String mainClass) implements Build {
    }

    /** Did not compile: the compiler's first message. */
    record NotCompiled(Exercise exercise, String firstError) implements Build {
    }

    /** The submission holds no main class file for the exercise. */
    record Missing(Exercise exercise) implements Build {
    }
}
