package socketlab.grader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socketlab.grader.course.Messages;
import socketlab.grader.grading.Settings;
import socketlab.grader.launch.Folders;
import socketlab.grader.quiz.ReferenceAnswers;
import socketlab.grader.report.Adapter;
import socketlab.grader.report.GradedWork;
import socketlab.grader.report.Platform;
import socketlab.grader.report.ReportFiles;
import socketlab.grader.report.TerminalReport;
import socketlab.grader.result.Scorecard;
import socketlab.grader.result.Student;
import socketlab.grader.sandbox.SubmissionGraders;

/**
 * {@code grader grade [<submission>]}: grades one submission (a folder or a zip), or the repository's
 * {@code --target}, with the hidden tests, prints the scorecard and writes its files, as {@code mvn verify}
 * does. Exit codes: 0 graded, 1 graded but below {@code --fail-under}, 2 bad input, 3 a fault of the grader.
 */
@Command(name = "grade", mixinStandardHelpOptions = true, version = "socket-lab grader 1.0", sortOptions = false,
        resourceBundle = "socketlab.grader.cli.GradeCommand")
public final class GradeCommand implements Callable<Integer> {

    /** Who reads stdout: a person (the scorecard, the files written, the time taken), or a platform's adapter. */
    enum Format {
        TERMINAL(null),
        VPL(Platform.MOODLE_VPL),
        AUTOLAB(Platform.AUTOLAB);

        private final Platform platform;

        Format(Platform platform) {
            this.platform = platform;
        }

        Adapter adapter() {
            return platform == null ? new Adapter() { } : platform.adapter();
        }
    }

    /** When the scorecard on the terminal is coloured. */
    enum Color {
        /** On a terminal without NO_COLOR. */
        AUTO,
        ALWAYS,
        NEVER
    }

    @Mixin
    WhatToGrade what;

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
        Path root = what.root();
        Path graded = what.path();
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
        Map<String, String> environment = System.getenv();
        Adapter onStdout = format.adapter();
        onStdout.check(environment); // before grading: a bad setting is refused before any work is done
        String label = what.label();
        Scorecard card;
        GradedWork done;
        List<Path> files;
        try {
            if (what.theSolutions()) {
                graded = ReferenceAnswers.submission(graded, work);
            }
            card = SubmissionGraders.of(settings, root.resolve("exercises"), work.resolve("image")).grade(label, graded, work);
            done = new GradedWork(card, new Student(label, "", "", what.path()), settings.lang(), environment);
            // before the work folder goes: the report folder takes the tests' captures from it
            files = ReportFiles.write(done, reports);
        } finally {
            Folders.deleteQuietly(work);
        }
        boolean below = card.percent() < failUnder;
        Optional<String> instead = onStdout.insteadOfTheScorecard(done);
        instead.ifPresent(text -> {
            stdout.print(text);
            stdout.flush();
        });
        if (instead.isEmpty()) {
            new TerminalReport(settings.lang(), useColor(), verbose).print(card, stdout);
            files.forEach(file -> stdout.println("  -> " + root.relativize(file.toAbsolutePath().normalize())));
            stdout.println(messages.get("grade.took", card.millis() / 1000.0, card.programsStarted()));
            if (below) {
                stdout.println(messages.get("grade.belowBar", card.percent(), failUnder));
            }
        }
        onStdout.lastLine(done).ifPresent(stdout::println);
        return below ? 1 : 0;
    }

    private boolean useColor() {
        return switch (color) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> TerminalReport.colorWanted();
        };
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
