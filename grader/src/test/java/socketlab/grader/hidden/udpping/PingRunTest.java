package socketlab.grader.hidden.udpping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Status;

/** A reply the test sent too late for PingKu's --timeout makes the run "timed out" (run again), never a failure of PingKu. */
final class PingRunTest {

    @Test
    void aReplySentPastTheTimeoutIsTooLateToJudge() {
        assertThat(PingRun.tooLateToJudge(Map.of(1, 12L, 3, 2400L), 2000)).hasValueSatisfying(verdict -> {
            assertThat(verdict.status()).isEqualTo(Status.TIMED_OUT);
            assertThat(verdict.reason().en()).startsWith("the test answered ping 3 2400 ms after PingKu sent it, past its --timeout of 2000 ms");
        });
    }

    @Test
    void repliesSentWithinTheTimeoutLeaveTheVerdictToPingKu() {
        assertThat(PingRun.tooLateToJudge(Map.of(1, 12L, 3, 1999L), 2000)).isEmpty();
        assertThat(PingRun.tooLateToJudge(Map.of(), 2000)).isEmpty();
    }
}
