package socketlab.grader.harness.program;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import socketlab.grader.course.Text;

/**
 * What a program's error output says of how it ended: the line of the exception it did not catch (as the JVM prints
 * it, {@code Exception in thread "main" java.lang.OutOfMemoryError: …}, or a stack trace's first line), the limit or
 * the mistake that line names, and an excerpt that shows that line first, before any frame of its stack trace.
 */
final class ErrorOutput {
    /** A thrown exception's line: the JVM's "Exception in thread" form, or a qualified throwable's name and message. */
    private static final Pattern THROWN = Pattern.compile(
            "^(?:Exception in thread \"[^\"]*\" )?((?:[a-zA-Z_$][\\w$]*\\.)+[\\w$]*(?:Error|Exception))(?::\\s?(.*))?$");

    private ErrorOutput() {
    }

    /** The first line that reports an uncaught exception, if any. */
    static Optional<String> thrown(List<String> err) {
        return err.stream().map(String::strip).filter(line -> THROWN.matcher(line).matches()).findFirst();
    }

    /**
     * The cause a crash's error output names: a limit (processes, memory, disk), a stack overflow, or an uncaught
     * exception by its name and message; none if it names none.
     */
    static Optional<Text> cause(List<String> err) {
        String all = String.join("\n", err);
        if (all.contains("unable to create native thread") || all.contains("Resource temporarily unavailable")) {
            return Optional.of(new Text("too many processes", "terlalu banyak proses"));
        }
        if (all.contains("OutOfMemoryError")) {
            return Optional.of(new Text("out of memory", "kehabisan memori"));
        }
        if (all.contains("No space left on device") || all.contains("Disk quota exceeded")) {
            return Optional.of(new Text("disk full", "disk penuh"));
        }
        if (all.contains("StackOverflowError")) {
            return Optional.of(new Text("stack overflow (a method that calls itself without end)",
                    "stack overflow (method yang memanggil dirinya tanpa akhir)"));
        }
        return thrown(err).map(THROWN::matcher).filter(Matcher::matches).map(thrown -> {
            String what = thrown.group(1) + (thrown.group(2) == null || thrown.group(2).isBlank() ? "" : ": " + thrown.group(2));
            return new Text("an uncaught " + what, "exception tak tertangani " + what);
        });
    }

    /** The error output as {@link Quote#lines} quotes it, but from the uncaught exception's line where there is one. */
    static String excerpt(List<String> err) {
        return thrown(err).map(line -> Quote.lines(err, indexOfStripped(err, line))).orElseGet(() -> Quote.lines(err));
    }

    private static int indexOfStripped(List<String> lines, String stripped) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(stripped)) {
                return i;
            }
        }
        return 0;
    }
}
