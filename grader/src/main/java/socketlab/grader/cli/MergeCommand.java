package socketlab.grader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import socketlab.grader.batch.ClassInterop;
import socketlab.grader.batch.ClassResults;
import socketlab.grader.batch.InteropFiles;
import socketlab.grader.batch.ShardMerge;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Messages;
import socketlab.grader.course.Problem;
import socketlab.grader.interop.Meeting;
import socketlab.grader.result.Student;

/**
 * {@code grader merge <shard results>… --out <folder>}: joins the results of a class graded in shards
 * ({@code grader class --shard i/n}, one machine or job each) into one results folder with the whole class's
 * gradebook, {@code tests.csv} and report, as one {@code grader class} run would have written them. Exit codes:
 * 0 merged, 2 bad input (a folder that holds no results, a student graded in two shards), 3 a fault of the grader.
 */
@Command(name = "merge", mixinStandardHelpOptions = true, version = "socket-lab grader 1.0", sortOptions = false,
        resourceBundle = "socketlab.grader.cli.MergeCommand")
public final class MergeCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "<shard>", descriptionKey = "shards")
    List<Path> shards;

    @Option(names = "--out", required = true, descriptionKey = "out")
    Path out;

    @Option(names = "--max-grade", paramLabel = "<grade>", descriptionKey = "maxGrade")
    Integer maxGrade;

    @Option(names = "--lang", paramLabel = "<lang>", completionCandidates = GradingOptions.LangNames.class, descriptionKey = "lang")
    Lang lang;

    private final PrintStream stdout;

    MergeCommand(PrintStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() throws IOException {
        Messages messages = Messages.in(Commands.messagesLang(lang));
        if (maxGrade != null && maxGrade < 1) {
            throw new Problem("class.limits");
        }
        ClassResults merged = new ClassResults(Files.createDirectories(out).toAbsolutePath());
        List<Student> students = ShardMerge.merge(shards, merged);
        stdout.println(messages.get("merge.done", students.size(), shards.size()));
        List<Meeting> meetings = ClassInterop.readAll(shards);
        if (!meetings.isEmpty()) {
            ClassInterop.save(merged, meetings);
            InteropFiles.write(merged, students, meetings, Commands.messagesLang(lang)).forEach(file -> stdout.println("  -> " + file));
        }
        merged.summarize(merged.graded(), maxGrade == null ? OptionalInt.empty() : OptionalInt.of(maxGrade))
                .forEach(file -> stdout.println("  -> " + file));
        return 0;
    }
}
