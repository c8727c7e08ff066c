package socketlab.grader.course;

import java.util.OptionalInt;

/** The line every server of the course prints once it listens, {@code Listening on <ip>:<port>}, and the port it names. */
public final class ListeningLine {
    /** How the line begins. */
    public static final String PREFIX = "Listening on ";

    private ListeningLine() {
    }

    /** Whether a printed line is the listening line. */
    public static boolean is(String line) {
        return line.startsWith(PREFIX);
    }

    /** The number after the line's last ':', if there is one. */
    public static OptionalInt port(String line) {
        try {
            return OptionalInt.of(Integer.parseInt(line.substring(line.lastIndexOf(':') + 1).strip()));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return OptionalInt.empty();
        }
    }
}
