package socketlab.grader.interop;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Lang;

/** Each verdict of a meeting names the first thing that went wrong, and the side it names is the side at fault. */
final class JudgeTest {
    private static final byte[] GREETING = (Judge.GREETING + "\n").getBytes(UTF_8);
    private static final byte[] ANSWER = (Judge.ANSWER + "\n").getBytes(UTF_8);
    private static final Judge.Ending FINE = new Judge.Ending(Optional.of(0), List.of(Judge.GREETING), List.of());

    @Test
    void aClientThatGetsTheGreetingPrintsItAndAnswersPasses() {
        assertThat(Judge.clientKu(FINE, ANSWER, GREETING, true)).isEqualTo(Judge.Verdict.PASSED);
    }

    @Test
    void aStubClientIsNotRunNotFailed() {
        Judge.Ending stub = new Judge.Ending(Optional.of(3), List.of(), List.of("ClientKu: not implemented yet / belum dibuat: connect"));
        assertThat(why(Judge.clientKu(stub, new byte[0], GREETING, true), Meeting.Result.NOT_RUN))
                .isEqualTo("ClientKu is not written yet (a stub)");
    }

    @Test
    void exitCodeThreeWithoutTheStubsWordsIsAFailure() {
        Judge.Ending three = new Judge.Ending(Optional.of(3), List.of(Judge.GREETING), List.of("something else"));
        assertThat(why(Judge.clientKu(three, ANSWER, GREETING, true), Meeting.Result.FAILED))
                .isEqualTo("ClientKu ended with exit code 3: something else");
    }

    @Test
    void aWrongGreetingIsTheServersFaultWhateverTheClientDid() {
        assertThat(why(Judge.clientKu(FINE, ANSWER, "Thanks\r\n".getBytes(UTF_8), false), Meeting.Result.FAILED))
                .isEqualTo("the server sent \"Thanks\\r\\n\", not \"Thank you for connecting\"");
    }

    @Test
    void aClientThatDoesNotPrintTheGreetingFails() {
        Judge.Ending silent = new Judge.Ending(Optional.of(0), List.of(""), List.of());
        assertThat(why(Judge.clientKu(silent, ANSWER, GREETING, false), Meeting.Result.FAILED))
                .isEqualTo("ClientKu printed [], not the server's \"Thank you for connecting\"");
    }

    @Test
    void aClientStillRunningAtTheLimitFails() {
        Judge.Ending running = new Judge.Ending(Optional.empty(), List.of(), List.of());
        assertThat(why(Judge.clientKu(running, new byte[0], GREETING, false), Meeting.Result.FAILED))
                .isEqualTo("ClientKu was still running at the time limit");
    }

    @Test
    void theAnswerCountsOnlyWhereTheServerReadsIt() {
        byte[] typo = "Hai Serverku, ClientKu ingin berkomunikasi\n".getBytes(UTF_8);
        assertThat(Judge.clientKu(FINE, typo, GREETING, false)).isEqualTo(Judge.Verdict.PASSED);
        assertThat(why(Judge.clientKu(FINE, typo, GREETING, true), Meeting.Result.FAILED))
                .isEqualTo("ClientKu sent \"Hai Serverku, ClientKu ingin berkomunikasi\\n\", not \"" + Judge.ANSWER + "\"");
    }

    @Test
    void pingKuPassesWhenEveryPingIsAnswered() {
        Judge.Ending all = new Judge.Ending(Optional.of(0), List.of("Reply ...", "Reply ...", "2 sent, 2 received, 0% loss"), List.of());
        Judge.Ending lost = new Judge.Ending(Optional.of(0), List.of("Reply ...", "Request timed out", "2 sent, 1 received, 50% loss"),
                List.of());
        assertThat(Judge.pingKu(all, 2)).isEqualTo(Judge.Verdict.PASSED);
        assertThat(why(Judge.pingKu(lost, 2), Meeting.Result.FAILED)).startsWith("PingKu did not print \"2 sent, 2 received\"");
    }

    @Test
    void theCourseClientMustPrintWhatTheReferenceServerMakesItPrint() {
        List<String> reference = List.of("Sent 3 bytes", "Server: HAI");
        Judge.Ending same = new Judge.Ending(Optional.of(0), reference, List.of());
        Judge.Ending other = new Judge.Ending(Optional.of(0), List.of("Sent 3 bytes", "Server: hai"), List.of());
        assertThat(Judge.courseClient(same, reference)).isEqualTo(Judge.Verdict.PASSED);
        assertThat(why(Judge.courseClient(other, reference), Meeting.Result.FAILED))
                .isEqualTo("the course's client printed \"Server: hai\" where the reference's server makes it print \"Server: HAI\"");
    }

    @Test
    void bytesAreShownAsTheyCrossedTheWire() {
        assertThat(Judge.shown(new byte[] {0, 0, 0, 4, 'H', 'a', 'i', '\n', (byte) 0xff})).isEqualTo("\"\\x00\\x00\\x00\\x04Hai\\n\\xff\"");
    }

    private static String why(Judge.Verdict verdict, Meeting.Result result) {
        assertThat(verdict.result()).as(verdict.why().in(Lang.EN)).isEqualTo(result);
        assertThat(verdict.why().in(Lang.ID)).as("in Indonesian too").isNotBlank().isNotEqualTo(verdict.why().in(Lang.EN));
        return verdict.why().in(Lang.EN);
    }
}
