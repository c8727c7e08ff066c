package socketlab.grader.interop;

import java.util.List;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Text;

/**
 * One client meeting one server in a class's interop matrix: the server's exercise, who wrote each side (a student's
 * id, {@link #REFERENCE} or {@link #SEED}), how it went and why, and the conversation that led there.
 */
public record Meeting(Exercise exercise, String client, String server, Result result, Text why, List<String> transcript) {
    /** The course's own program, as a client or a server. */
    public static final String REFERENCE = "reference";
    /** The seed's Python program, run under Python 3. */
    public static final String SEED = "seed";

    public Meeting {
        transcript = List.copyOf(transcript);
    }

    /** How a meeting went. */
    public enum Result {
        PASSED,
        FAILED,
        /** A side is a stub, did not compile or was not handed in: nothing to run, nobody's failure. */
        NOT_RUN
    }
}
