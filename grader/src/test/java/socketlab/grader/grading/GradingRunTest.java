package socketlab.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.harness.ScriptedLauncher;
import socketlab.grader.harness.ScriptedLauncher.Script;
import socketlab.grader.harness.program.Budget;
import socketlab.grader.harness.program.GradingContext;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;
import socketlab.grader.submission.Build;

/**
 * The rules a grading run applies across tests, checked in milliseconds: a run finds small hidden tests by
 * package and annotation ({@code socketlab.grader.harness.graded.<exercise>}) and grades programs that a
 * {@link ScriptedLauncher} plays, with simulated time. Before, only the proofs that start real JVMs showed these.
 */
final class GradingRunTest {
    private static final String FIXTURES = "socketlab.grader.harness.graded";
    private static final Script LISTENING = Script.printing("Listening on 127.0.0.1:40000");
    private static final Script HANGS = Script.printing();

    @ParameterizedTest(name = "{0} tests at once")
    @ValueSource(ints = {1, 8})
    void scoresAnExerciseThatDidNotCompileOrWasNotHandedInWithoutRunningIt(int atOnce) {
        ScriptedLauncher launcher = new ScriptedLauncher();
        Map<Exercise, Build> builds = Map.of(Exercise.SERVER, new Build.NotCompiled(Exercise.SERVER, "ServerKu.java:3: ';' expected"));
        Scorecard card = grade(atOnce, builds, launcher, Duration.ZERO);
        assertAll(
                () -> assertThat(statuses(card)).containsExactly(Status.NOT_COMPILED, Status.NOT_COMPILED, Status.MISSING),
                () -> assertThat(card.outcomes().get(0).reason()).isEqualTo(Text.same("ServerKu.java:3: ';' expected")),
                () -> assertThat(card.outcomes().get(2).reason()).isEqualTo(new Text("no ClientKu.java found in the submission",
                        "tidak ada ClientKu.java di dalam kiriman")),
                () -> assertThat(launcher.started()).isZero());
    }

    @ParameterizedTest(name = "{0} tests at once")
    @ValueSource(ints = {1, 8})
    void listsTheOutcomesInTheCoursesOrderWithTheirPoints(int atOnce) {
        Scorecard card = grade(atOnce, compiled(), new ScriptedLauncher().play("ServerKu", LISTENING)
                .play("ClientKu", Script.printing("Terima kasih").thenExits(0)), Duration.ZERO);
        assertAll(
                () -> assertThat(card.outcomes()).extracting(Outcome::test).containsExactly("printsItsLine", "printsItsLineAgain", "ends"),
                () -> assertThat(card.outcomes()).extracting(Outcome::exercise)
                        .containsExactly(Exercise.SERVER, Exercise.SERVER, Exercise.CLIENT),
                () -> assertThat(statuses(card)).containsOnly(Status.PASSED),
                () -> assertThat(card.points()).isEqualTo(6),
                () -> assertThat(card.programsStarted()).isEqualTo(3));
    }

    @Test
    void believesATimeoutOnlyWhenItHappensTwice() {
        ScriptedLauncher launcher = new ScriptedLauncher().play("ServerKu", HANGS, LISTENING)
                .play("ClientKu", Script.printing().thenExits(0));
        Scorecard card = grade(1, compiled(), launcher, Duration.ZERO);
        Outcome retried = card.outcomes().get(0);
        assertAll(
                () -> assertThat(statuses(card)).containsOnly(Status.PASSED),
                () -> assertThat(retried.attempt()).isEqualTo(Outcome.Attempt.RETRIED),
                () -> assertThat(retried.statusText(Lang.EN)).isEqualTo("passed (retried)"),
                () -> assertThat(launcher.started()).as("three tests and one retry").isEqualTo(4));
    }

    @ParameterizedTest(name = "{0} tests at once")
    @ValueSource(ints = {1, 8})
    void scoresTheTestsAfterTheTimeLimitAsNotRunWhateverRanFirst(int atOnce) {
        Scorecard card = grade(atOnce, compiled(), new ScriptedLauncher().play("ServerKu", HANGS)
                .play("ClientKu", Script.printing().thenExits(0)), Budget.PER_TIMEOUT);
        Text notRun = new Budget(Budget.PER_TIMEOUT).notRunReason();
        assertAll(
                () -> assertThat(statuses(card)).containsOnly(Status.TIMED_OUT),
                () -> assertThat(card.outcomes()).extracting(Outcome::attempt)
                        .containsExactly(Outcome.Attempt.RETRIED, Outcome.Attempt.NOT_RUN, Outcome.Attempt.NOT_RUN),
                () -> assertThat(card.outcomes().get(1).reason()).isEqualTo(notRun),
                () -> assertThat(card.outcomes().get(2).reason()).as("the client's test of the same order comes after the server's")
                        .isEqualTo(notRun));
    }

    @Test
    void scoresATestThisMachineCannotRunAsSkippedAndCountsItsPointsAsNotTested() {
        ScriptedLauncher launcher = new ScriptedLauncher().play("AlamatLain", Script.printing("server port status").thenExits(0));
        Map<Exercise, Build> builds = Map.of(Exercise.OTHER_ADDRESSES,
                new Build.Compiled(Exercise.OTHER_ADDRESSES, Path.of("classes"), Exercise.OTHER_ADDRESSES.mainClass()));
        GradingContext context = new GradingContext(builds, launcher, Path.of("java"), List.of(), Budget.PER_TIMEOUT);
        Scorecard card = new GradingRun(8, "socketlab.grader.harness.skipping").grade("fixtures", context, 0);
        assertAll(
                () -> assertThat(statuses(card)).containsExactly(Status.PASSED, Status.SKIPPED),
                () -> assertThat(card.outcomes().get(1).reason()).isEqualTo(new Text("no IPv6 loopback", "tidak ada loopback IPv6")),
                () -> assertThat(card.outcomes().get(1).attempt()).as("a skip is not retried").isEqualTo(Outcome.Attempt.FIRST),
                () -> assertThat(card.points()).isEqualTo(2),
                () -> assertThat(card.maxPoints()).isEqualTo(5),
                () -> assertThat(card.untestedPoints()).isEqualTo(3),
                () -> assertThat(launcher.started()).as("the skipped test started no program").isEqualTo(1));
    }

    private static Scorecard grade(int atOnce, Map<Exercise, Build> builds, ScriptedLauncher launcher, Duration timeLimit) {
        GradingContext context = new GradingContext(builds, launcher, Path.of("java"), List.of(), timeLimit);
        return new GradingRun(atOnce, FIXTURES).grade("fixtures", context, 0);
    }

    private static Map<Exercise, Build> compiled() {
        Map<Exercise, Build> builds = new EnumMap<>(Exercise.class);
        for (Exercise exercise : List.of(Exercise.SERVER, Exercise.CLIENT)) {
            builds.put(exercise, new Build.Compiled(exercise, Path.of("classes"), exercise.mainClass()));
        }
        return builds;
    }

    private static List<Status> statuses(Scorecard card) {
        return card.outcomes().stream().map(Outcome::status).toList();
    }
}
