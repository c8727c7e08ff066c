package socketlab.grader.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar grader.jar}: the grader's one command line, with {@code grade} for one submission
 * ({@link GradeCommand}), {@code class} for a whole class ({@link GradeClassCommand}), {@code merge} for a class
 * graded in shards ({@link MergeCommand}) and {@code diff} for what a regrade moved ({@link DiffCommand}); a hidden fifth,
 * {@link SandboxedCommand}, is the grader inside a sandbox container.
 */
@Command(name = "grader", mixinStandardHelpOptions = true, version = "socket-lab grader 1.0",
        resourceBundle = "socketlab.grader.cli.GraderCommand")
public final class GraderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private GraderCommand() {
    }

    public static void main(String[] args) {
        System.exit(execute(System.out, System.err, args));
    }

    /** Runs the command line and returns its exit code. */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new GraderCommand());
        cli.addSubcommand(new GradeCommand(out));
        cli.addSubcommand(new GradeClassCommand(out));
        cli.addSubcommand(new MergeCommand(out));
        cli.addSubcommand(new DiffCommand(out));
        cli.addSubcommand(new SandboxedCommand());
        return Commands.execute(cli, out, err, args);
    }

    /** Without a subcommand: the help, and exit code 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Commands.BAD_INPUT;
    }
}
