package socketlab.selfcheck;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.MultipleFailuresError;

final class NotImplementedYetTest {
    private final NotImplementedYet handler = new NotImplementedYet();

    @Test
    void turnsAStubExceptionInsideGroupedFailuresIntoAPlainFailure() {
        UnsupportedOperationException stub = new UnsupportedOperationException("not implemented yet / belum dibuat: send");
        MultipleFailuresError grouped = new MultipleFailuresError("2 failures", List.of(new AssertionError("other"), stub));
        assertThatThrownBy(() -> handler.handleTestExecutionException(null, grouped))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessage("not implemented yet / belum dibuat: send");
    }

    @Test
    void leavesEveryOtherFailureAsItIs() {
        UnsupportedOperationException unrelated = new UnsupportedOperationException("read-only list");
        assertThatThrownBy(() -> handler.handleTestExecutionException(null, unrelated)).isSameAs(unrelated);
    }
}
