package socketlab.grader.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import socketlab.grader.course.Problem;

/**
 * What {@code grade} grades: the submission given (a folder or a zip, as a parameter or {@code --submission}), else the
 * repository's {@code --target}; and the name the scorecard gives it.
 */
@Command(resourceBundle = "socketlab.grader.cli.GradeCommand")
final class WhatToGrade {

    /** What the repository offers to grade when no submission is given. */
    enum Target {
        /** The kit's stubs (or an instructor's own work in them). */
        EXERCISES,
        /** The reference solutions, with the quiz's right answers. */
        SOLUTIONS;

        String folder() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Parameters(index = "0", arity = "0..1", paramLabel = "<submission>", descriptionKey = "submissionParameter")
    Path handedIn;

    @Option(names = "--repository", defaultValue = ".", descriptionKey = "repository")
    Path repository;

    @Option(names = "--target", defaultValue = "exercises", paramLabel = "<target>", completionCandidates = TargetNames.class,
            descriptionKey = "target")
    Target target;

    @Option(names = "--submission", defaultValue = "", descriptionKey = "submission")
    String submission;

    /** The repository, absolute. */
    Path root() {
        return repository.toAbsolutePath().normalize();
    }

    /** Whether what is graded is the repository's reference solutions (which then get the quiz's right answers). */
    boolean theSolutions() {
        return handedIn == null && submission.isBlank() && target == Target.SOLUTIONS;
    }

    /** The scorecard's name for what is graded: the submission as given, else the target's folder. */
    String label() {
        return handedIn != null ? handedIn.toString() : submission.isBlank() ? target.folder() + "/" : submission;
    }

    /** Where the work is; a submission that is missing, or neither a folder nor a zip, is a Problem. */
    Path path() {
        if (handedIn != null || !submission.isBlank()) {
            Path work = (handedIn != null ? handedIn : Path.of(submission)).toAbsolutePath().normalize();
            if (!Files.exists(work)) {
                throw new Problem("submission.missing", work);
            }
            if (!Files.isDirectory(work) && !work.toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                throw new Problem("submission.notFolderOrZip", work);
            }
            return work;
        }
        Path tree = root().resolve(target.folder());
        if (!Files.isDirectory(tree)) {
            throw new Problem("target.noFolder", target.folder(), root());
        }
        return tree;
    }

    /** The targets as {@code --help} lists them. */
    static final class TargetNames extends EnumNames {
        private static final long serialVersionUID = 1L;

        TargetNames() {
            super(Target.values());
        }
    }
}
