package socketlab.grader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import socketlab.grader.batch.ClassFolder;
import socketlab.grader.batch.ClassGrader;
import socketlab.grader.batch.ClassInterop;
import socketlab.grader.batch.ClassResults;
import socketlab.grader.batch.InteropFiles;
import socketlab.grader.batch.Roster;
import socketlab.grader.batch.Shard;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Messages;
import socketlab.grader.course.Problem;
import socketlab.grader.grading.Settings;
import socketlab.grader.interop.Meeting;
import socketlab.grader.result.Student;
import socketlab.grader.sandbox.SubmissionGraders;

/**
 * {@code grader class <submissions folder> --out <folder>}: grades a whole class, several submissions at once,
 * with a progress bar; writes each student's results as soon as they are graded and the class's gradebook at
 * the end. With {@code --shard i/n}, only that shard's students ({@link Shard}), for {@code grader merge} to join. With
 * {@code --interop k}, the students' clients then meet the reference's, the seed's and k classmates' servers
 * ({@link ClassInterop}).
 * Exit codes: 0 done, 1 some submissions could not be graded, 2 bad input, 3 a fault of the grader.
 */
@Command(name = "class", mixinStandardHelpOptions = true, version = "socket-lab grader 1.0", sortOptions = false,
        resourceBundle = "socketlab.grader.cli.GradeClassCommand")
public final class GradeClassCommand implements Callable<Integer> {

    @Parameters(index = "0", descriptionKey = "submissions")
    Path submissions;

    @Option(names = "--out", required = true, descriptionKey = "out")
    Path out;

    @Option(names = "--roster", descriptionKey = "roster")
    Path roster;

    @Option(names = "--submissions-at-once", descriptionKey = "submissionsAtOnce")
    int submissionsAtOnce = ClassGrader.defaultSubmissionsAtOnce();

    @Option(names = "--max-grade", paramLabel = "<grade>", descriptionKey = "maxGrade")
    Integer maxGrade;

    @Option(names = "--regrade", descriptionKey = "regrade")
    boolean regrade;

    @Option(names = "--only", split = ",", descriptionKey = "only")
    List<String> only;

    @Option(names = "--shard", paramLabel = "<i>/<n>", descriptionKey = "shard")
    String shardOption;

    @Option(names = "--similarity", negatable = true, defaultValue = "true", fallbackValue = "true", descriptionKey = "similarity")
    boolean similarity;

    @Option(names = "--interop", paramLabel = "<k>", descriptionKey = "interop")
    Integer interop;

    @Option(names = "--repository", defaultValue = ".", descriptionKey = "repository")
    Path repository;

    /** Shows the libraries' own log lines (Docker's, Testcontainers') on stderr; read by {@link Commands} before parsing. */
    @Option(names = "--verbose", descriptionKey = "verbose")
    boolean verbose;

    @Mixin
    GradingOptions grading;

    private final PrintStream stdout;

    GradeClassCommand(PrintStream stdout) {
        this.stdout = stdout;
    }

    /** Runs the command and returns its exit code. */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        return Commands.execute(new GradeClassCommand(out), out, err, args);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Settings settings = grading.settings();
        Lang language = Commands.messagesLang(grading.lang);
        Messages messages = Messages.in(language);
        if (!Files.isDirectory(submissions)) {
            throw new Problem("class.noFolder", submissions);
        }
        Path kit = repository.toAbsolutePath().normalize().resolve("exercises");
        if (!Files.isDirectory(kit)) {
            throw new Problem("repository.noExercises", repository.toAbsolutePath().normalize());
        }
        if (submissionsAtOnce < 1) {
            throw new Problem("submissionsAtOnce.min", submissionsAtOnce);
        }
        if (maxGrade != null && maxGrade < 1) {
            throw new Problem("class.limits");
        }
        if (interop != null && interop < 1) {
            throw new Problem("interop.min", interop);
        }
        if (interop != null && settings.sandbox() != Settings.Sandbox.PROCESS) {
            throw new Problem("interop.processOnly");
        }
        Roster names = roster == null ? Roster.none() : Roster.read(roster);
        List<Student> wholeClass = ClassFolder.read(submissions).stream().map(names::complete).toList();
        if (wholeClass.isEmpty()) {
            throw new Problem("class.empty", submissions.toAbsolutePath().normalize());
        }
        Shard shard = shardOption == null ? Shard.WHOLE : Shard.parse(shardOption);
        List<Student> everyone = wholeClass.stream().filter(shard::holds).toList();
        Path results = Files.createDirectories(out).toAbsolutePath();
        List<Student> students = everyone;
        if (only != null) {
            Set<String> wanted = Set.copyOf(only);
            students = students.stream().filter(student -> wanted.contains(student.id())).toList();
        }
        if (!shard.equals(Shard.WHOLE)) {
            stdout.println(messages.get("class.shard", shard, everyone.size(), wholeClass.size()));
        }
        ClassResults saved = new ClassResults(results);
        ClassGrader grader = new ClassGrader(saved, submissionsAtOnce,
                SubmissionGraders.forClass(settings, kit, Files.createDirectories(results.resolve("work"))), settings.lang());
        boolean regradeThese = regrade || only != null;
        long toGrade = students.stream().filter(student -> regradeThese || !saved.isGraded(student)).count();
        stdout.println(messages.get("class.counts", students.size(), toGrade, students.size() - toGrade));
        AtomicInteger failures = new AtomicInteger();
        List<ClassGrader.Result> graded;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName(messages.get("class.progress")).setInitialMax(toGrade)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(stdout)).showSpeed().build()) {
            graded = grader.grade(students, regradeThese, result -> {
                if (result.card().isEmpty() || result.card().get().points() < result.card().get().maxPoints()) {
                    failures.incrementAndGet();
                }
                bar.step();
                bar.setExtraMessage(messages.get("class.notFullMarks", failures.get()));
            });
        }
        List<ClassGrader.Result> problems = graded.stream().filter(result -> result.card().isEmpty()).toList();
        problems.forEach(result -> stdout.println(messages.get("class.couldNotGrade", result.student().id(),
                result.problem().in(language))));
        List<Path> files = new ArrayList<>();
        if (!similarity) {
            stdout.println(messages.get("class.noSimilarity"));
        } else if (shard.index() == 0) {
            files.add(saved.compareWork(wholeClass, kit));
        } else {
            stdout.println(messages.get("class.similarityInShardZero", shard.count()));
        }
        if (interop != null) {
            List<Meeting> meetings = ClassInterop.meet(saved, wholeClass, shard, kit, repository.toAbsolutePath().normalize(), interop,
                    submissionsAtOnce);
            stdout.println(messages.get("class.interop", meetings.size(), count(meetings, Meeting.Result.PASSED),
                    count(meetings, Meeting.Result.FAILED), count(meetings, Meeting.Result.NOT_RUN)));
            if (shard.equals(Shard.WHOLE)) {
                files.addAll(InteropFiles.write(saved, everyone, meetings, language));
            } else {
                stdout.println(messages.get("class.interopInMerge"));
            }
        }
        files.addAll(saved.summarize(everyone, maxGrade == null ? OptionalInt.empty() : OptionalInt.of(maxGrade)));
        files.forEach(file -> stdout.println("  -> " + file));
        stdout.println(messages.get("class.studentFiles", results.resolve("students")));
        return problems.isEmpty() ? 0 : 1;
    }

    private static long count(List<Meeting> meetings, Meeting.Result result) {
        return meetings.stream().filter(meeting -> meeting.result() == result).count();
    }
}
