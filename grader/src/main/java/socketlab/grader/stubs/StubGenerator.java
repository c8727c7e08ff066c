package socketlab.grader.stubs;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a solution source into its stub, TMC style: lines from {@code // BEGIN SOLUTION} to
 * {@code // END SOLUTION} are dropped, and each {@code // STUB: code} line becomes {@code code} at the
 * same indentation. Everything else is kept as it is.
 */
public final class StubGenerator {
    static final String BEGIN = "// BEGIN SOLUTION";
    static final String END = "// END SOLUTION";
    static final String STUB = "// STUB:";

    private StubGenerator() {
    }

    /**
     * Returns the stub of one source file.
     *
     * @param name the file's name, quoted in error messages
     * @throws IllegalArgumentException if the markers are unbalanced or nested
     */
    public static String stubOf(String name, String solution) {
        List<String> stub = new ArrayList<>();
        int openedAt = 0;
        String[] lines = solution.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.equals(BEGIN)) {
                if (openedAt > 0) {
                    throw new IllegalArgumentException(name + ":" + (i + 1) + ": BEGIN SOLUTION inside the block opened at line " + openedAt);
                }
                openedAt = i + 1;
            } else if (trimmed.equals(END)) {
                if (openedAt == 0) {
                    throw new IllegalArgumentException(name + ":" + (i + 1) + ": END SOLUTION without BEGIN SOLUTION");
                }
                openedAt = 0;
            } else if (openedAt == 0) {
                stub.add(trimmed.startsWith(STUB) ? uncomment(line) : line);
            }
        }
        if (openedAt > 0) {
            throw new IllegalArgumentException(name + ":" + openedAt + ": BEGIN SOLUTION is never ended");
        }
        return String.join("\n", stub);
    }

    /** Whether this source has any solution block, that is, whether its stub differs from it. */
    public static boolean hasSolution(String source) {
        return source.lines().anyMatch(line -> line.strip().equals(BEGIN));
    }

    private static String uncomment(String line) {
        int marker = line.indexOf(STUB);
        String code = line.substring(marker + STUB.length());
        return line.substring(0, marker) + (code.startsWith(" ") ? code.substring(1) : code);
    }
}
