package socketlab.grader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import socketlab.grader.course.Messages;
import socketlab.grader.course.Problem;
import socketlab.grader.grading.Settings;
import socketlab.grader.launch.Folders;
import socketlab.grader.quiz.ReferenceAnswers;
import socketlab.grader.report.AutolabReport;
import socketlab.grader.report.JUnitXmlReport;
import socketlab.grader.report.ReportFiles;
import socketlab.grader.report.TerminalReport;
import socketlab.grader.report.VplReport;
import socketlab.grader.result.Scorecard;
import socketlab.grader.sandbox.SubmissionGraders;

/**
 * {@code grader grade [<submission>]}: grades one submission (a folder or a zip), or the repository's
 * {@code --target}, with the hidden tests, prints the scorecard and writes its files, as {@code mvn verify}
 * does. Exit codes: 0 graded, 1 graded but below {@code --fail-under}, 2 bad input, 3 a fault of the grader.
 */
@Command(name = "grade", mixinStandardHelpOptions = true, version = "socket-lab grader 1.0", sortOptions = false,
        resourceBundle = "socketlab.grader.cli.GradeCommand")
public final class GradeCommand implements Callable<Integer> {

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

    /** What the command prints: the scorecard for a person, or a grading platform's output on stdout. */
    enum Format {
        /** The scorecard, the files written and the time taken. */
        TERMINAL,
        /** Moodle VPL's comment block and {@code Grade :=>>} line, scaled from VPL_GRADEMIN and VPL_GRADEMAX, and nothing else. */
        VPL,
        /** The scorecard, then Autolab's autoresult as the last line. */
        AUTOLAB
    }

    /** When the scorecard on the terminal is coloured. */
    enum Color {
        /** On a terminal without NO_COLOR. */
        AUTO,
        ALWAYS,
        NEVER
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

    @Option(names = "--fail-under", defaultValue = "0", descriptionKey = "failUnder")
    double failUnder;

    @Option(names = "--out", descriptionKey = "out")
    Path out;

    @Option(names = "--coverage-agent", descriptionKey = "coverageAgent")
    Path coverageAgent;

    @Option(names = "--coverage-file", descriptionKey = "coverageFile")
    Path coverageFile;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "<when>", completionCandidates = ColorNames.class,
            descriptionKey = "color")
    Color color;

    @Option(names = "--format", defaultValue = "terminal", paramLabel = "<format>", completionCandidates = FormatNames.class,
            descriptionKey = "format")
    Format format;

    @Option(names = "--work", descriptionKey = "work")
    Path workFolder;

    @Option(names = "--programs-as", paramLabel = "<user>", descriptionKey = "programsAs")
    String programsAs;

    /** Shows the libraries' own log lines (Docker's, Testcontainers') on stderr; read by {@link Commands} before parsing. */
    @Option(names = "--verbose", descriptionKey = "verbose")
    boolean verbose;

    @Mixin
    GradingOptions grading;

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
        Settings settings = grading.settings();
        Messages messages = Messages.in(Commands.messagesLang(grading.lang));
        Path root = repository.toAbsolutePath().normalize();
        Path graded = whatToGrade(root);
        Path reports = out != null ? out : root.resolve("grader/target/scorecard");
        // absolute: the programs run in a folder of their own and find their classes here
        Path workParent = workFolder != null ? workFolder.toAbsolutePath() : root.resolve("grader/target");
        Path work = Files.createTempDirectory(Files.createDirectories(workParent), "grading-");
        if (programsAs != null) {
            settings = settings.withPrograms(ProgramsUser.of(programsAs, work, settings));
        }
        if (coverageAgent != null) {
            settings = settings.withCoverage(new Settings.Coverage(coverageAgent.toAbsolutePath(),
                    (coverageFile != null ? coverageFile : reports.resolve("jacoco.exec")).toAbsolutePath()));
        }
        // read before grading: a bad grade range is refused before any work is done
        VplReport vpl = format == Format.VPL ? new VplReport(settings.lang(), vplGrade("VPL_GRADEMIN", VplReport.GRADE_MIN),
                vplGrade("VPL_GRADEMAX", VplReport.GRADE_MAX)) : null;
        String label = handedIn != null ? handedIn.toString() : submission.isBlank() ? target.folder() + "/" : submission;
        Scorecard card;
        try {
            if (handedIn == null && submission.isBlank() && target == Target.SOLUTIONS) {
                graded = ReferenceAnswers.submission(graded, work);
            }
            card = SubmissionGraders.of(settings, root.resolve("exercises"), work.resolve("image")).grade(label, graded, work);
        } finally {
            Folders.deleteQuietly(work);
        }
        boolean below = card.percent() < failUnder;
        if (format == Format.VPL) {
            // first, before the files: a VPL run stopped by one of its limits shows no grade at all
            stdout.print(vpl.of(card));
            stdout.flush();
            new ReportFiles(settings.lang()).write(card, reports);
            junitXmlForCodeGrade(reports, System.getenv());
            return below ? 1 : 0;
        }
        new TerminalReport(settings.lang(), useColor(), verbose).print(card, stdout);
        for (Path file : new ReportFiles(settings.lang()).write(card, reports)) {
            stdout.println("  -> " + root.relativize(file.toAbsolutePath().normalize()));
        }
        junitXmlForCodeGrade(reports, System.getenv());
        stdout.println(messages.get("grade.took", card.millis() / 1000.0, card.programsStarted()));
        if (below) {
            stdout.println(messages.get("grade.belowBar", card.percent(), failUnder));
        }
        if (format == Format.AUTOLAB) {
            // Autolab reads the last line of stdout
            stdout.println(AutolabReport.autoresult(card));
        }
        return below ? 1 : 0;
    }

    /** CodeGrade's unit-test step reads its JUnit XML where {@code CG_JUNIT_XML_LOCATION} says; a copy goes there when set. */
    static void junitXmlForCodeGrade(Path reports, Map<String, String> environment) throws IOException {
        String location = environment.get("CG_JUNIT_XML_LOCATION");
        if (location != null && !location.isBlank()) {
            Path target = Path.of(location).toAbsolutePath();
            Files.createDirectories(target.getParent());
            Files.copy(reports.resolve(JUnitXmlReport.NAME), target, StandardCopyOption.REPLACE_EXISTING);
        }
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
        Path tree = root.resolve(target.folder());
        if (!Files.isDirectory(tree)) {
            throw new Problem("target.noFolder", target.folder(), root);
        }
        return tree;
    }

    /** A grade bound VPL exports to its evaluation (vpl_environment.sh), else VPL's own default. */
    private static double vplGrade(String name, double otherwise) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new Problem("vpl.badGrade", name, value);
        }
    }

    private boolean useColor() {
        return switch (color) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> TerminalReport.colorWanted();
        };
    }

    /** The targets as {@code --help} lists them. */
    static final class TargetNames extends EnumNames {
        private static final long serialVersionUID = 1L;

        TargetNames() {
            super(Target.values());
        }
    }

    /** The formats as {@code --help} lists them. */
    static final class FormatNames extends EnumNames {
        private static final long serialVersionUID = 1L;

        FormatNames() {
            super(Format.values());
        }
    }

    /** The colour choices as {@code --help} lists them. */
    static final class ColorNames extends EnumNames {
        private static final long serialVersionUID = 1L;

        ColorNames() {
            super(Color.values());
        }
    }
}
