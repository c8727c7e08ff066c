package socketlab.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;

/** A submission whose time is up gets its remaining tests scored "timed out" without starting its programs. */
final class TimeLimitTest {
    static final Path REPOSITORY = TestRepository.root();

    @TempDir
    Path work;

    @Test
    void scoresTheTestsLeftAfterTheLimitAsTimedOutWithoutRunningThem() throws IOException {
        Scorecard card = new Grader(REPOSITORY.resolve("exercises"), work, 2, Optional.empty())
                .withTimeLimit(Duration.ofNanos(1)).grade("solutions/", REPOSITORY.resolve("solutions"));

        assertAll(
                () -> assertThat(card.outcomes()).hasSize(38).allSatisfy(outcome -> assertAll(
                        () -> assertThat(outcome.status()).isEqualTo(Status.TIMED_OUT),
                        () -> assertThat(outcome.reason().in(Lang.EN)).isEqualTo("not run: grading this submission reached its limit of 0 s"),
                        () -> assertThat(outcome.reason().in(Lang.ID)).startsWith("tidak dijalankan"))),
                () -> assertThat(card.points()).isZero(),
                () -> assertThat(card.programsStarted()).isZero());
    }
}
