package socketlab.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;
import socketlab.grader.corpus.Mutant;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.harness.program.Budget;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/**
 * A submission whose timed-out tests use up its time limit gets the tests after them, in the course's order,
 * scored "timed out" without running them: the same tests whether its tests run one or four at a time.
 */
@Tag("proof")
final class TimeLimitTest {
    static final Path REPOSITORY = TestRepository.root();

    @TempDir
    Path work;

    @Test
    void scoresTheTestsAfterTheLimitAsNotRunWhateverTheTestsAtOnce() throws IOException {
        Path submission = work.resolve("hangs");
        // two exercises handed in, the rest not: a server that hangs, and the address-detail tests before and after it
        new Mutant("correct", Exercise.ADDRESS_DETAIL.module(), Exercise.ADDRESS_DETAIL.module(), List.of(), "", "none", Set.of(),
                List.of()).writeInto(REPOSITORY.resolve("solutions"), submission);
        Mutant.named("server-accepts-again").writeInto(REPOSITORY.resolve("solutions"), submission);

        Scorecard oneAtATime = grade(submission, 1);
        Scorecard fourAtOnce = grade(submission, 4);

        Outcome hangs = find(oneAtATime, Exercise.SERVER, "closesAndExitsWithZeroAfterOneClient");
        List<Outcome> notRun = oneAtATime.outcomes().stream().filter(o -> o.attempt() == Outcome.Attempt.NOT_RUN).toList();
        assertAll(
                () -> assertThat(hangs.status()).isEqualTo(Status.TIMED_OUT),
                () -> assertThat(hangs.attempt()).isEqualTo(Outcome.Attempt.RETRIED),
                () -> assertThat(notRun).as("every test after order 7 of ServerKu").isNotEmpty()
                        .allSatisfy(outcome -> assertAll(
                                () -> assertThat(outcome.status()).isEqualTo(Status.TIMED_OUT),
                                () -> assertThat(outcome.reason().in(Lang.EN)).startsWith("not run: the tests before it timed out"),
                                () -> assertThat(outcome.reason().in(Lang.ID)).startsWith("tidak dijalankan"))),
                () -> assertThat(find(oneAtATime, Exercise.ADDRESS_DETAIL, "leavesTheCanonicalNameEmpty").status())
                        .as("order 4, before the timeout").isEqualTo(Status.PASSED),
                () -> assertThat(find(oneAtATime, Exercise.ADDRESS_DETAIL, "reportsAnUnknownService").attempt())
                        .as("order 8, after it").isEqualTo(Outcome.Attempt.NOT_RUN),
                () -> assertThat(statuses(fourAtOnce)).as("four tests at once").isEqualTo(statuses(oneAtATime)));
    }

    private Scorecard grade(Path submission, int testsAtOnce) throws IOException {
        return new Grader(REPOSITORY.resolve("exercises"), Settings.DEFAULT.withTestsAtOnce(testsAtOnce).withTimeLimit(Budget.PER_TIMEOUT))
                .grade("hangs", submission, work.resolve("work-" + testsAtOnce));
    }

    private static Outcome find(Scorecard card, Exercise exercise, String test) {
        return card.outcomes().stream().filter(o -> o.exercise() == exercise && o.test().equals(test)).findFirst().orElseThrow();
    }

    private static List<String> statuses(Scorecard card) {
        return card.outcomes().stream().map(o -> o.exercise() + "." + o.test() + "=" + o.status() + "/" + o.attempt()).toList();
    }
}
