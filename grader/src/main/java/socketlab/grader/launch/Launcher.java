package socketlab.grader.launch;

import java.io.IOException;
import java.util.List;

/**
 * How the grader starts a program under test. Tests only see this interface, so a program can run as a
 * local process ({@link ProcessLauncher}) or, later, in a container of its own.
 */
public interface Launcher {

    /** Starts the program with these arguments; the caller closes what it gets back. */
    RunningProgram start(Program program, List<String> args) throws IOException;

    /** Where the programs this launcher starts and the grader meet on the network. */
    default Addresses addresses() {
        return Addresses.loopback();
    }
}
