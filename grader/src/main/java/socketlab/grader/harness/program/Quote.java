package socketlab.grader.harness.program;

import java.util.List;

/** A short quote of a program's output lines, for failure reasons: a few lines, joined by " | ", "…" where lines are left out. */
public final class Quote {
    /** How many lines, and characters, a quote shows. */
    private static final int LINES = 4;
    private static final int CHARS = 300;

    private Quote() {
    }

    /** The last four lines, joined by " | " (300 characters at most); "…" marks lines left out. */
    public static String lines(List<String> lines) {
        return lines(lines, Math.max(0, lines.size() - LINES));
    }

    /** Up to four lines from line {@code from} on, joined by " | " (300 characters at most); "…" marks lines left out. */
    public static String lines(List<String> lines, int from) {
        if (lines.isEmpty()) {
            return "(nothing)";
        }
        List<String> shown = lines.subList(from, Math.min(lines.size(), from + LINES));
        String text = String.join(" | ", shown);
        if (text.length() > CHARS) {
            text = text.substring(0, CHARS) + "…";
        }
        return (from > 0 ? "… | " : "") + "\"" + text + "\"" + (from + shown.size() < lines.size() ? " | …" : "");
    }
}
