package socketlab.grader.harness.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Text;

/** A program's error output as a verdict quotes it: the uncaught exception's line first, and the cause it names. */
final class ErrorOutputTest {
    private static final String OUT_OF_MEMORY = "Exception in thread \"main\" java.lang.OutOfMemoryError: Requested array size exceeds VM limit";

    @Test
    void aLongStackTraceIsQuotedFromTheExceptionsLineNotFromItsLastFrames() {
        List<String> err = new ArrayList<>(List.of("ServerPesanKu: reading a message", OUT_OF_MEMORY));
        for (int frame = 0; frame < 12; frame++) {
            err.add("\tat socketlab.framedserver.ServerPesanKu.readMessage(ServerPesanKu.java:" + (40 + frame) + ")");
        }
        assertThat(ErrorOutput.excerpt(err)).startsWith("… | \"" + OUT_OF_MEMORY + " | \tat socketlab.framedserver.ServerPesanKu.readMessage(")
                .endsWith(" | …");
    }

    @Test
    void withoutAnExceptionTheLastLinesAreQuoted() {
        assertAll(
                () -> assertThat(ErrorOutput.excerpt(List.of("one", "two", "three", "four", "five")))
                        .isEqualTo("… | \"two | three | four | five\""),
                () -> assertThat(ErrorOutput.excerpt(List.of("ServerKu: port 80 is in use"))).isEqualTo("\"ServerKu: port 80 is in use\""),
                () -> assertThat(ErrorOutput.excerpt(List.of())).isEqualTo("(nothing)"));
    }

    @Test
    void namesTheCauseOfAnOutOfMemoryAStackOverflowAndAnUncaughtException() {
        assertAll(
                () -> assertThat(ErrorOutput.cause(List.of(OUT_OF_MEMORY))).contains(new Text("out of memory", "kehabisan memori")),
                () -> assertThat(ErrorOutput.cause(List.of("Exception in thread \"main\" java.lang.StackOverflowError", "\tat a.B.c(B.java:3)")))
                        .hasValueSatisfying(cause -> assertThat(cause.en()).startsWith("stack overflow")),
                () -> assertThat(ErrorOutput.cause(List.of("java.io.EOFException", "\tat a.B.c(B.java:3)")))
                        .contains(new Text("an uncaught java.io.EOFException", "exception tak tertangani java.io.EOFException")),
                () -> assertThat(ErrorOutput.cause(List.of("ServerKu: Error: port in use"))).as("a given error line is no exception").isEmpty());
    }
}
