package socketlab.grader.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Runs the grader's picocli commands alike: output to the given streams, bad input as one line and exit code 2. */
final class Commands {

    private Commands() {
    }

    /** Executes the command with these arguments and returns its exit code. */
    static int execute(Object command, PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((problem, failed, parsed) -> {
            err.println("grade: " + problem.getMessage());
            return 2;
        });
        return cli.execute(args);
    }
}
