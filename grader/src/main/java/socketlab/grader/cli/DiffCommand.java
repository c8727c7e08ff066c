package socketlab.grader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Messages;
import socketlab.grader.report.ResultsDiff;

/**
 * {@code grader diff <old results> <new results>}: after a regrade, every student and test whose status or points
 * moved, one line each, then how many; a rerun that moved nothing says so. Exit codes as diff(1)'s: 0 nothing
 * moved, 1 something did, 2 bad input, 3 a fault of the grader.
 */
@Command(name = "diff", mixinStandardHelpOptions = true, version = "socket-lab grader 1.0", sortOptions = false,
        resourceBundle = "socketlab.grader.cli.DiffCommand")
public final class DiffCommand implements Callable<Integer> {
    /** The exit code when something moved, as diff(1) says "the files differ". */
    static final int MOVED = 1;

    @Parameters(index = "0", paramLabel = "<old>", descriptionKey = "before")
    Path before;

    @Parameters(index = "1", paramLabel = "<new>", descriptionKey = "after")
    Path after;

    @Option(names = "--lang", paramLabel = "<lang>", completionCandidates = GradingOptions.LangNames.class, descriptionKey = "lang")
    Lang lang;

    private final PrintStream out;

    DiffCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        Lang said = Commands.messagesLang(lang);
        Messages messages = Messages.in(said);
        ResultsDiff diff = ResultsDiff.of(before, after);
        for (ResultsDiff.Change change : diff.changes()) {
            out.println(messages.get("diff.change", change.student(), change.test(), side(change.before(), said, messages),
                    side(change.after(), said, messages)));
        }
        out.println(diff.changes().isEmpty()
                ? messages.get("diff.nothingMoved", diff.students(), diff.results())
                : messages.get("diff.moved", diff.changes().size(), diff.results(), diff.students()));
        return diff.changes().isEmpty() ? 0 : MOVED;
    }

    private static String side(Optional<ResultsDiff.Result> result, Lang said, Messages messages) {
        return result.map(was -> messages.get("diff.result", was.status().in(said), was.points(), was.maxPoints()))
                .orElseGet(() -> messages.get("diff.absent"));
    }
}
