package socketlab.grader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import socketlab.grader.launch.Folders;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Messages;
import socketlab.grader.course.Problem;
import socketlab.grader.grading.Grader;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.grading.Scorecard;
import socketlab.grader.quiz.ReferenceAnswers;
import socketlab.grader.report.ReportFiles;
import socketlab.grader.report.TerminalReport;
import socketlab.grader.sandbox.ScorecardFile;

/**
 * {@code grader grade [<submission>]}: grades one submission (a folder or a zip), or the repository's
 * {@code --target}, with the hidden tests, prints the scorecard and writes its files, as {@code mvn verify}
 * does. Exit codes: 0 graded, 1 graded but below {@code --fail-under}, 2 bad input, 3 a fault of the grader.
 */
@Command(name = "grade", mixinStandardHelpOptions = true, version = "socket-lab grader 1.0", sortOptions = false,
        resourceBundle = "socketlab.grader.cli.GradeCommand")
public final class GradeCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "<submission>", descriptionKey = "submissionParameter")
    Path handedIn;

    @Option(names = "--repository", defaultValue = ".", descriptionKey = "repository")
    Path repository;

    @Option(names = "--target", defaultValue = "exercises", descriptionKey = "target")
    String target;

    @Option(names = "--submission", defaultValue = "", descriptionKey = "submission")
    String submission;

    @Option(names = "--lang", defaultValue = "id", descriptionKey = "lang")
    String lang;

    @Option(names = "--fail-under", defaultValue = "0", descriptionKey = "failUnder")
    double failUnder;

    @Option(names = "--out", descriptionKey = "out")
    Path out;

    @Option(names = "--jobs", defaultValue = "8", descriptionKey = "jobs")
    int jobs;

    @Option(names = "--time-limit", defaultValue = "0", paramLabel = "<seconds>", descriptionKey = "timeLimit")
    int timeLimitSeconds;

    @Option(names = "--coverage-agent", descriptionKey = "coverageAgent")
    Path coverageAgent;

    @Option(names = "--coverage-file", descriptionKey = "coverageFile")
    Path coverageFile;

    @Option(names = "--color", defaultValue = "auto", descriptionKey = "color")
    String color;

    @Option(names = "--work", descriptionKey = "work")
    Path workFolder;

    @Mixin
    SandboxOptions sandbox;

    private final PrintStream stdout;

    GradeCommand(PrintStream stdout) {
        this.stdout = stdout;
    }

    /** Runs the command and returns its exit code. */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        return Commands.execute(new GradeCommand(out), out, err, args);
    }

    @Override
    public Integer call() throws IOException {
        Lang language = Lang.of(lang);
        Messages messages = Messages.in(language);
        if (jobs < 1 || jobs > GradingRun.testCount()) {
            throw new Problem("jobs.range", GradingRun.testCount(), jobs);
        }
        if (timeLimitSeconds < 0) {
            throw new Problem("timeLimit.min", timeLimitSeconds);
        }
        Path root = repository.toAbsolutePath().normalize();
        Path graded = whatToGrade(root);
        Path reports = out != null ? out : root.resolve("grader/target/scorecard");
        Path work = sandbox.openToPrograms(Files.createTempDirectory(Files.createDirectories(workFolder != null ? workFolder
                : root.resolve("grader/target")), "grading-"));
        Optional<Grader.Coverage> coverage = coverageAgent == null ? Optional.empty()
                : Optional.of(new Grader.Coverage(coverageAgent.toAbsolutePath(),
                        (coverageFile != null ? coverageFile : reports.resolve("jacoco.exec")).toAbsolutePath()));
        Grader grader = sandbox.inside(new Grader(root.resolve("exercises"), work, jobs, coverage)
                .withTimeLimit(Duration.ofSeconds(timeLimitSeconds)));
        String label = handedIn != null ? handedIn.toString() : submission.isBlank() ? target + "/" : submission;
        if (handedIn == null && submission.isBlank() && target.equals("solutions")) {
            graded = ReferenceAnswers.submission(graded, work);
        }
        Scorecard card;
        try {
            card = sandbox.inContainer()
                    ? sandbox.containers(root.resolve("exercises"), work, lang, jobs, timeLimitSeconds).grade(label, graded)
                    : grader.grade(label, graded);
        } finally {
            Folders.deleteQuietly(work);
        }
        if (sandbox.sandboxed) {
            ScorecardFile.write(card, Files.createDirectories(reports));
        }
        new TerminalReport(language, useColor()).print(card, stdout);
        for (Path file : new ReportFiles(language).write(card, reports)) {
            stdout.println("  -> " + root.relativize(file.toAbsolutePath().normalize()));
        }
        stdout.println(messages.get("grade.took", card.millis() / 1000.0, card.programsStarted()));
        if (card.percent() < failUnder) {
            stdout.println(messages.get("grade.belowBar", card.percent(), failUnder));
            return 1;
        }
        return 0;
    }

    private Path whatToGrade(Path root) {
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
        if (!target.equals("exercises") && !target.equals("solutions")) {
            throw new Problem("target.unknown", target);
        }
        Path tree = root.resolve(target);
        if (!Files.isDirectory(tree)) {
            throw new Problem("target.noFolder", target, root);
        }
        return tree;
    }

    private boolean useColor() {
        return switch (color) {
            case "always" -> true;
            case "never" -> false;
            default -> TerminalReport.colorWanted();
        };
    }
}
