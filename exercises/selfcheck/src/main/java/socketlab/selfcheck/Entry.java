package socketlab.selfcheck;

import java.io.PrintStream;

/** A course program's entry point, {@code execute(out, err, args)}, which returns the exit code. */
@FunctionalInterface
public interface Entry {

    /** Runs the program with these arguments, printing to out and err; returns its exit code. */
    int execute(PrintStream out, PrintStream err, String... args);
}
