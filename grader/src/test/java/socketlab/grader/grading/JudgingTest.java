package socketlab.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.harness.ScriptedLauncher;
import socketlab.grader.harness.ScriptedLauncher.Script;
import socketlab.grader.harness.program.GradingContext;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;
import socketlab.grader.submission.Build;

/**
 * A set-up that needs a behaviour another test judges ({@code NotJudged}): the test that judges it fails as usual, with
 * its own section; the other is "not judged", 0 points, its reason and section those of the behaviour's test.
 */
final class JudgingTest {

    @Test
    void theTestThatJudgesTheBehaviourFailsAndTheOneThatNeedsItIsNotJudged() {
        ScriptedLauncher launcher = new ScriptedLauncher().play("ServerKu", Script.printing("Listening on 127.0.0.1:0"));
        Map<Exercise, Build> builds = Map.of(Exercise.SERVER, new Build.Compiled(Exercise.SERVER, Path.of("classes"),
                Exercise.SERVER.mainClass()));
        GradingContext context = new GradingContext(builds, launcher, Path.of("java"), List.of(), Duration.ZERO);
        Scorecard card = new GradingRun(2, "socketlab.grader.harness.judging").grade("fixtures", context, 0);
        Outcome judges = card.outcomes().get(0);
        Outcome needs = card.outcomes().get(1);
        assertAll(
                () -> assertThat(judges.status()).isEqualTo(Status.FAILED),
                () -> assertThat(judges.section()).isEqualTo("server#bind-listen"),
                () -> assertThat(judges.reason().en()).startsWith("with --port 0 the \"Listening on\" line must name the port"),
                () -> assertThat(needs.status()).isEqualTo(Status.NOT_JUDGED),
                () -> assertThat(needs.points()).isZero(),
                () -> assertThat(needs.maxPoints()).isEqualTo(3),
                () -> assertThat(needs.section()).as("the section of the behaviour that failed").isEqualTo("server#bind-listen"),
                () -> assertThat(needs.needed()).contains("ServerKu.serve: listen"),
                () -> assertThat(needs.reason().en()).startsWith("with --port 0 the \"Listening on\" line must name the port")
                        .endsWith("without it this test cannot judge its own subject: \"prints the port it bound\" judges that"),
                () -> assertThat(needs.statusText(Lang.ID)).isEqualTo("tidak dinilai"));
    }
}
