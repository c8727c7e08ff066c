package socketlab.grader.course;

/**
 * How a course program says it reached a method not written yet (a stub of the kit): a line on stderr holding
 * {@link #MARK}, and {@link #EXIT_CODE}, as each program's given CommandLine ends it.
 */
public final class Stub {
    /** The words of every stub's message. */
    public static final String MARK = "not implemented yet";
    /** The exit code of a program that reached a stub. */
    public static final int EXIT_CODE = 3;

    private Stub() {
    }
}
