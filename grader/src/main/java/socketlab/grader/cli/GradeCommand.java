package socketlab.grader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import socketlab.grader.grading.Grader;
import socketlab.grader.course.Lang;
import socketlab.grader.grading.Scorecard;
import socketlab.grader.report.ReportFiles;
import socketlab.grader.report.TerminalReport;

/**
 * {@code grade}: grades one submission with the hidden tests, prints the scorecard and writes its files.
 * Exit codes: 0 graded, 1 graded but below {@code --fail-under}, 2 bad input.
 */
@Command(name = "grade", mixinStandardHelpOptions = true, version = "socket-lab grader 1.0", sortOptions = false,
        resourceBundle = "socketlab.grader.cli.GradeCommand")
public final class GradeCommand implements Callable<Integer> {

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

    @Option(names = "--coverage-agent", descriptionKey = "coverageAgent")
    Path coverageAgent;

    @Option(names = "--coverage-file", descriptionKey = "coverageFile")
    Path coverageFile;

    @Option(names = "--color", defaultValue = "auto", descriptionKey = "color")
    String color;

    private final PrintStream stdout;

    private GradeCommand(PrintStream stdout) {
        this.stdout = stdout;
    }

    public static void main(String[] args) {
        System.exit(execute(System.out, System.err, args));
    }

    /** Runs the command and returns its exit code. */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        return Commands.execute(new GradeCommand(out), out, err, args);
    }

    @Override
    public Integer call() throws IOException {
        Lang language = Lang.of(lang);
        Path root = repository.toAbsolutePath().normalize();
        Path graded = whatToGrade(root);
        Path reports = out != null ? out : root.resolve("grader/target/scorecard");
        Path work = Files.createTempDirectory(Files.createDirectories(root.resolve("grader/target")), "grading-");
        Optional<Grader.Coverage> coverage = coverageAgent == null ? Optional.empty()
                : Optional.of(new Grader.Coverage(coverageAgent.toAbsolutePath(),
                        (coverageFile != null ? coverageFile : reports.resolve("jacoco.exec")).toAbsolutePath()));
        Grader grader = new Grader(root.resolve("exercises"), work, jobs, coverage);
        String label = submission.isBlank() ? target + "/" : submission;
        Scorecard card;
        try {
            card = grader.grade(label, graded);
        } finally {
            Grader.deleteQuietly(work);
        }
        new TerminalReport(language, useColor()).print(card, stdout);
        for (Path file : new ReportFiles(language).write(card, reports)) {
            stdout.println("  -> " + root.relativize(file.toAbsolutePath().normalize()));
        }
        stdout.printf(Locale.ROOT, language == Lang.ID ? "  (dinilai dalam %.1f detik; %d program dijalankan)%n"
                : "  (graded in %.1f s; %d programs started)%n", card.millis() / 1000.0, card.programsStarted());
        if (card.percent() < failUnder) {
            stdout.printf(Locale.ROOT, language == Lang.ID ? "Skor %.1f%% di bawah batas %.1f%% (grade.failUnder)%n"
                    : "Score %.1f%% is below the bar of %.1f%% (grade.failUnder)%n", card.percent(), failUnder);
            return 1;
        }
        return 0;
    }

    private Path whatToGrade(Path root) {
        if (!submission.isBlank()) {
            Path handedIn = Path.of(submission).toAbsolutePath().normalize();
            if (!Files.exists(handedIn)) {
                throw new IllegalArgumentException("no such submission / kiriman tidak ada: " + handedIn);
            }
            if (!Files.isDirectory(handedIn) && !handedIn.toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
                throw new IllegalArgumentException("a submission is a folder or a .zip / kiriman harus berupa folder atau .zip: "
                        + handedIn);
            }
            return handedIn;
        }
        if (!target.equals("exercises") && !target.equals("solutions")) {
            throw new IllegalArgumentException("grade.target is exercises or solutions, not \"" + target
                    + "\" / grade.target harus exercises atau solutions");
        }
        Path tree = root.resolve(target);
        if (!Files.isDirectory(tree)) {
            throw new IllegalArgumentException("no " + target + "/ folder in " + root + " / tidak ada folder " + target + "/");
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
