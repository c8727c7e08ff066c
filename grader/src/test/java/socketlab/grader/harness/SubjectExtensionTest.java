package socketlab.grader.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.harness.ScriptedLauncher.Script;
import socketlab.grader.harness.fixtures.server.ServerKuEndFixture;
import socketlab.grader.harness.fixtures.server.ServerKuFixture;
import socketlab.grader.harness.program.Budget;
import socketlab.grader.harness.program.GradingContext;
import socketlab.grader.harness.verdict.NotJudged;
import socketlab.grader.harness.verdict.NotRun;
import socketlab.grader.harness.verdict.Verdict;
import socketlab.grader.launch.Launcher;
import socketlab.grader.submission.Build;

/**
 * The rules the harness applies to one hidden test, checked in milliseconds: JUnit's engine test kit runs two
 * small hidden tests ({@link ServerKuFixture}) against programs a {@link ScriptedLauncher} plays, with simulated
 * time. Before, only the proofs that start real JVMs ({@code WrongSubmissionsTest}) showed these.
 */
final class SubjectExtensionTest {
    private static final String STUB = "ServerKu: not implemented yet / belum dibuat: socket, bind, listen (ServerKu.java:42)";
    private static final String LISTENING = "Listening on 127.0.0.1:40000";

    @Test
    void aProgramThatStopsAtAStubIsNotImplemented() {
        EngineExecutionResults results = run(compiled(), new ScriptedLauncher()
                .play("ServerKu", Script.printing().onStderr(STUB).thenExits(3)), Duration.ZERO);
        assertAll(
                () -> assertThat(verdict(results, "printsItsListeningLine").status()).isEqualTo(Status.NOT_IMPLEMENTED),
                () -> assertThat(verdict(results, "printsItsListeningLine").reason().en()).isEqualTo(STUB));
    }

    @Test
    void aTestThatPassedStaysPassedWhateverStubItsProgramReachesAfterwards() {
        EngineExecutionResults results = run(compiled(), new ScriptedLauncher()
                .play("ServerKu", Script.printing(LISTENING).onStderr(STUB).thenExits(3)), Duration.ZERO);
        assertAll(
                () -> assertThat(results.testEvents().succeeded().count()).as("the test that only wanted the line").isEqualTo(1),
                () -> assertThat(verdict(results, "endsWithExitCodeZero").status()).as("the test that waited for the end")
                        .isEqualTo(Status.NOT_IMPLEMENTED));
    }

    @Test
    void aTestWhoseOwnCheckIsTheEndOfAProgramThatEndedAtAStubIsNotImplemented() {
        ServerKuFixture.pass = new GradingSession.Pass(new GradingContext(compiled(), new ScriptedLauncher()
                .play("ServerKu", Script.printing().onStderr(STUB).thenExits(3)), Path.of("java"), List.of(), Duration.ZERO),
                new Budget(Duration.ZERO));
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(ServerKuEndFixture.class)).execute();
        Verdict verdict = verdict(results, "endsWithANonZeroExitCode");
        assertAll(
                () -> assertThat(verdict.status()).isEqualTo(Status.NOT_IMPLEMENTED),
                () -> assertThat(verdict.reason().en()).isEqualTo(STUB));
    }

    @Test
    void aStepThatNeverAnswersTimesOutNamingWhatItWaitedFor() {
        EngineExecutionResults results = run(compiled(), new ScriptedLauncher().play("ServerKu", Script.printing()), Duration.ZERO);
        Verdict verdict = verdict(results, "printsItsListeningLine");
        assertAll(
                () -> assertThat(verdict.status()).isEqualTo(Status.TIMED_OUT),
                () -> assertThat(verdict.reason().en()).isEqualTo(
                        "ServerKu printed no \"Listening on <ip>:<port>\" within 10 s; stdout (nothing)"),
                () -> assertThat(verdict.reason().id()).startsWith("ServerKu tidak mencetak \"Listening on <ip>:<port>\" dalam 10 detik"));
    }

    @Test
    void aCrashIsScoredWithItsExitCodeAndWhatItPrinted() {
        EngineExecutionResults results = run(compiled(), new ScriptedLauncher().play("ServerKu",
                Script.printing().onStderr("Exception in thread \"main\" java.lang.NullPointerException").thenExits(1)), Duration.ZERO);
        Verdict verdict = verdict(results, "printsItsListeningLine");
        assertAll(
                () -> assertThat(failure(verdict)).isEqualTo(Status.CRASHED),
                () -> assertThat(verdict.reason().en()).isEqualTo("ServerKu crashed: an uncaught java.lang.NullPointerException (exit code 1)"
                        + " before printing \"Listening on <ip>:<port>\"; stdout (nothing), stderr \"Exception in thread \"main\""
                        + " java.lang.NullPointerException\""));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space | out of memory | kehabisan memori",
        "Exception in thread \"main\" java.lang.OutOfMemoryError: unable to create native thread | too many processes | terlalu banyak proses",
        "ServerKu: connection problem: fill.bin: No space left on device | disk full | disk penuh",
        "Exception in thread \"main\" java.lang.StackOverflowError | stack overflow (a method that calls itself without end)"
                + " | stack overflow (method yang memanggil dirinya tanpa akhir)",
        "Exception in thread \"main\" java.net.SocketException: Connection reset | an uncaught java.net.SocketException: Connection reset"
                + " | exception tak tertangani java.net.SocketException: Connection reset"})
    void aCrashAtALimitSaysWhichLimit(String stderr, String en, String id) {
        EngineExecutionResults results = run(compiled(), new ScriptedLauncher().play("ServerKu", Script.printing().onStderr(stderr).thenExits(1)),
                Duration.ZERO);
        Verdict verdict = verdict(results, "printsItsListeningLine");
        assertAll(
                () -> assertThat(failure(verdict)).isEqualTo(Status.CRASHED),
                () -> assertThat(verdict.reason().en()).startsWith("ServerKu crashed: " + en + " (exit code 1) before printing"),
                () -> assertThat(verdict.reason().id()).startsWith("ServerKu crash: " + id + " (kode keluar 1) sebelum mencetak"));
    }

    @Test
    void aWrongExitCodeFailsQuotingIt() {
        EngineExecutionResults results = run(compiled(), new ScriptedLauncher().play("ServerKu", Script.printing(LISTENING).thenExits(2)),
                Duration.ZERO);
        Verdict verdict = verdict(results, "endsWithExitCodeZero");
        assertAll(
                () -> assertThat(verdict.status()).isEqualTo(Status.FAILED),
                () -> assertThat(verdict.reason()).isEqualTo(new Text("exit code 2, not 0", "kode keluar 2, bukan 0")),
                () -> assertThat(results.testEvents().succeeded().count()).as("the test that only wants the line").isEqualTo(1));
    }

    @Test
    void outputPastTheCapIsCutInTheReason() {
        String flood = "x".repeat(1 << 20);
        EngineExecutionResults results = run(compiled(), new ScriptedLauncher().play("ServerKu",
                Script.printing("one", "two", "three", "four", flood).thenExits(1)), Duration.ZERO);
        String reason = verdict(results, "printsItsListeningLine").reason().en();
        assertAll(
                () -> assertThat(reason).hasSizeLessThan(500),
                () -> assertThat(reason).contains("stdout … | \"two | three | four | xxx").endsWith("…\""));
    }

    @Test
    void aTestAfterTheDeadlineDoesNotStart() throws NoSuchMethodException {
        ScriptedLauncher launcher = new ScriptedLauncher().play("ServerKu", Script.printing(LISTENING));
        Budget spent = new Budget(Budget.PER_TIMEOUT);
        spent.timedOut(Budget.Position.of(ServerKuFixture.class.getDeclaredMethod("printsItsListeningLine", Subject.class)));
        EngineExecutionResults results = run(compiled(), launcher, spent);
        Verdict second = verdict(results, "endsWithExitCodeZero");
        assertAll(
                () -> assertThat(results.testEvents().succeeded().count()).as("the first test, before the deadline").isEqualTo(1),
                () -> assertThat(second).isInstanceOf(NotRun.class),
                () -> assertThat(second.status()).isEqualTo(Status.TIMED_OUT),
                () -> assertThat(second.reason().en()).isEqualTo(
                        "not run: the tests before it timed out for this submission's whole limit of 10 s (10 s each)"),
                () -> assertThat(launcher.started()).as("programs started: the second test started none").isEqualTo(1));
    }

    @Test
    void anExerciseThatDidNotCompileOrWasNotHandedInIsNotRun() {
        ScriptedLauncher launcher = new ScriptedLauncher().play("ServerKu", Script.printing(LISTENING).thenExits(0));
        EngineExecutionResults notCompiled = run(Map.of(Exercise.SERVER, new Build.NotCompiled(Exercise.SERVER, "ServerKu.java:3: error")),
                launcher, Duration.ZERO);
        EngineExecutionResults missing = run(Map.of(), launcher, Duration.ZERO);
        assertAll(
                () -> assertThat(skipReasons(notCompiled)).containsExactly("NotCompiled"),
                () -> assertThat(skipReasons(missing)).containsExactly("Missing"),
                () -> assertThat(launcher.started()).isZero());
    }

    @Test
    void hiddenTestsRunOnlyInsideAGradingRun() {
        ServerKuFixture.pass = null;
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(ServerKuFixture.class)).execute();
        assertThat(skipReasons(results)).containsExactly("hidden tests run only inside a grading run");
    }

    @AfterEach
    void forgetThePass() {
        ServerKuFixture.pass = null;
    }

    private static Map<Exercise, Build> compiled() {
        return Map.of(Exercise.SERVER, new Build.Compiled(Exercise.SERVER, Path.of("classes"), "socketlab.server.ServerKu"));
    }

    private static EngineExecutionResults run(Map<Exercise, Build> builds, Launcher launcher, Duration timeLimit) {
        return run(builds, launcher, new Budget(timeLimit));
    }

    private static EngineExecutionResults run(Map<Exercise, Build> builds, Launcher launcher, Budget budget) {
        GradingContext context = new GradingContext(builds, launcher, Path.of("java"), List.of(), budget.limit());
        ServerKuFixture.pass = new GradingSession.Pass(context, budget);
        return EngineTestKit.engine("junit-jupiter").selectors(selectClass(ServerKuFixture.class)).execute();
    }

    /**
     * How the verdict fails its test: a program that ended before listening leaves a test nothing to connect to
     * ({@link NotJudged}), which still says it crashed where the test judges the listening.
     */
    private static Status failure(Verdict verdict) {
        return verdict instanceof NotJudged notJudged ? notJudged.asFailure() : verdict.status();
    }

    private static Verdict verdict(EngineExecutionResults results, String test) {
        Event failed = results.testEvents().failed().filter(event -> event.getTestDescriptor().getDisplayName().startsWith(test + "("))
                .findFirst().orElseThrow(() -> new AssertionError(test + " did not fail: " + results.testEvents().list()));
        return (Verdict) failed.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
    }

    private static List<String> skipReasons(EngineExecutionResults results) {
        return results.allEvents().skipped().map(event -> event.getPayload(String.class).orElse("")).toList();
    }
}
