package socketlab.grader.harness.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The submission's time limit counts timed-out tests in the course's order, never the wall clock. */
final class BudgetTest {
    private static final Budget.Position SERVER_2 = new Budget.Position(2, 0);
    private static final Budget.Position CLIENT_2 = new Budget.Position(2, 2);
    private static final Budget.Position SERVER_3 = new Budget.Position(3, 0);
    private static final Budget.Position DETAIL_9 = new Budget.Position(9, 3);

    @Test
    void ordersTestsByTheirOrderThenByExercise() {
        assertThat(List.of(DETAIL_9, SERVER_3, CLIENT_2, SERVER_2).stream().sorted().toList())
                .containsExactly(SERVER_2, CLIENT_2, SERVER_3, DETAIL_9);
    }

    @Test
    void skipsATestOnlyOnceTheTimeoutsBeforeItFillTheLimit() {
        Budget budget = new Budget(Budget.PER_TIMEOUT.multipliedBy(2));
        budget.timedOut(SERVER_2);
        budget.timedOut(DETAIL_9);
        assertAll(
                () -> assertThat(budget.spentBefore(SERVER_3)).as("one timeout before it").isFalse(),
                () -> assertThat(budget.spentBefore(new Budget.Position(10, 0))).as("two before it").isTrue(),
                () -> assertThat(budget.over(SERVER_3, List.of(SERVER_2, CLIENT_2))).as("two before it, found at the end").isTrue(),
                () -> assertThat(budget.over(CLIENT_2, List.of(SERVER_2, CLIENT_2))).as("its own timeout does not count").isFalse());
    }

    @Test
    void neverSkipsWithoutALimit() {
        Budget none = new Budget(Duration.ZERO);
        none.timedOut(SERVER_2);
        assertThat(none.over(DETAIL_9, List.of(SERVER_2, CLIENT_2, SERVER_3))).isFalse();
    }
}
