package socketlab.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.analysis.IClassCoverage;
import org.jacoco.core.analysis.ICounter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Status;
import socketlab.grader.quiz.Quiz;
import socketlab.grader.quiz.ReferenceAnswers;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/**
 * The hidden tests are right about the two references: the solutions score full marks (and the tests
 * exercise at least 95% of their lines, measured with JaCoCo), the untouched stubs score nothing, every
 * test "not implemented".
 */
@Tag("proof")
final class ReferenceGradingTest {
    static final Path REPOSITORY = TestRepository.root();
    static final Path COVERAGE_REPORT = REPOSITORY.resolve("grader/target/jacoco-solutions");

    @TempDir
    Path work;

    @Test
    void solutionsScoreFullMarksAndTheHiddenTestsCoverThem() throws IOException {
        Path exec = work.resolve("solutions.exec");
        Scorecard card = new Grader(REPOSITORY.resolve("exercises"), Settings.DEFAULT.withTestsAtOnce(4)
                .withCoverage(new Settings.Coverage(SolutionCoverage.agentJar(), exec)))
                .grade("solutions/", ReferenceAnswers.submission(REPOSITORY.resolve("solutions"), work), work);
        IBundleCoverage coverage = SolutionCoverage.report(exec,
                Arrays.stream(Exercise.values()).map(exercise -> work.resolve("build").resolve(exercise.module()).resolve("classes")).toList(),
                Arrays.stream(Exercise.values()).map(exercise -> REPOSITORY.resolve("solutions").resolve(exercise.module())
                        .resolve("src/main/java")).toList(),
                COVERAGE_REPORT);
        String notPassed = card.outcomes().stream().filter(outcome -> outcome.status() != Status.PASSED)
                .filter(outcome -> outcome.status() != Status.SKIPPED || Boolean.getBoolean("socketlab.docker.required"))
                .map(outcome -> outcome.test() + ": " + outcome.status() + " " + outcome.reason().en())
                .collect(Collectors.joining("\n"));
        double lines = coverage.getLineCounter().getCoveredRatio();
        double linesButMain = linesCoveredOutsideMain(coverage);
        assertAll(
                () -> assertThat(card.outcomes()).as("hidden tests").hasSizeGreaterThanOrEqualTo(30),
                () -> assertThat(notPassed).as("hidden tests the solutions did not pass").isEmpty(),
                () -> assertThat(card.points()).as("points").isEqualTo(card.maxPoints()),
                () -> assertThat(linesButMain).as("share of the solutions' lines the hidden tests run, outside the given command lines and the"
                        + " one-line main methods whose System.exit never returns to JaCoCo's probe (all lines: %.3f; report: %s); least covered: %s",
                        lines, COVERAGE_REPORT.resolve("index.html"), leastCovered(coverage)).isGreaterThanOrEqualTo(0.95));
        card.skipped().forEach(outcome -> System.out.println("skipped: " + outcome.test() + ": " + outcome.reason().en()));
        System.out.printf("Solution line coverage by the hidden tests: %.1f%% of all lines, %.1f%% outside main()%n",
                100 * lines, 100 * linesButMain);
    }

    @Test
    void untouchedStubsScoreNothingEveryTestIsNotImplementedAndTheBlankQuizEarnsNothing() throws IOException {
        Scorecard card = new Grader(REPOSITORY.resolve("exercises"), Settings.DEFAULT.withTestsAtOnce(4))
                .grade("exercises/", REPOSITORY.resolve("exercises"), work);
        assertAll(
                () -> assertThat(card.points()).as("points of the stubs").isZero(),
                () -> assertThat(card.outcomes()).filteredOn(outcome -> !outcome.isQuiz()).as("hidden tests").hasSizeGreaterThanOrEqualTo(30)
                        .allSatisfy(outcome -> assertThat(outcome.status()).as("%s: %s", outcome.test(), outcome.reason().en())
                                .isEqualTo(Status.NOT_IMPLEMENTED)),
                () -> assertThat(card.outcomes()).filteredOn(Outcome::isQuiz).as("the quiz of exercises/quiz.txt, the kit's template")
                        .hasSameSizeAs(Quiz.course().questions())
                        .allSatisfy(outcome -> assertThat(outcome.reason().en()).as(outcome.test()).isEqualTo("not answered")));
    }

    /**
     * Line coverage without the main methods ({@code System.exit(...)} runs, but JaCoCo cannot see it) and without
     * the given command lines, {@code <Program>Command}, the {@code CommandLine} they share and the servers'
     * {@code ServerFrame}, and AlamatLain's given {@code Table}: their help, version, usage errors and the words for
     * failures no loopback test meets (unreachable, timed out) are not what the hidden tests grade (solutions/CommandLinesTest
     * and ProgramErrorsTest test the command lines).
     */
    private static double linesCoveredOutsideMain(IBundleCoverage coverage) {
        int covered = coverage.getLineCounter().getCoveredCount();
        int total = coverage.getLineCounter().getTotalCount();
        for (var pack : coverage.getPackages()) {
            for (IClassCoverage type : pack.getClasses()) {
                if (isGivenCommandLine(type)) {
                    covered -= type.getLineCounter().getCoveredCount();
                    total -= type.getLineCounter().getTotalCount();
                    continue;
                }
                for (var method : type.getMethods()) {
                    if (method.getName().equals("main") && method.getDesc().equals("([Ljava/lang/String;)V")) {
                        covered -= method.getLineCounter().getCoveredCount();
                        total -= method.getLineCounter().getTotalCount();
                    }
                }
            }
        }
        return total == 0 ? 0 : (double) covered / total;
    }

    private static boolean isGivenCommandLine(IClassCoverage type) {
        return type.getName().endsWith("Command") || type.getName().contains("Command$")
                || type.getName().endsWith("/CommandLine") || type.getName().contains("/CommandLine$")
                || type.getName().endsWith("/ServerFrame") || type.getName().contains("/ServerFrame$")
                || type.getName().endsWith("otheraddresses/Table") || type.getName().contains("otheraddresses/Table$");
    }

    private static String leastCovered(IBundleCoverage coverage) {
        return coverage.getPackages().stream().flatMap(pack -> pack.getClasses().stream())
                .filter(type -> type.getLineCounter().getMissedCount() > 0 && !isGivenCommandLine(type))
                .sorted((a, b) -> Integer.compare(b.getLineCounter().getMissedCount(), a.getLineCounter().getMissedCount()))
                .map(ReferenceGradingTest::missedLines).collect(Collectors.joining(", "));
    }

    private static String missedLines(IClassCoverage type) {
        StringBuilder missed = new StringBuilder();
        for (int line = type.getFirstLine(); line <= type.getLastLine(); line++) {
            if (type.getLine(line).getStatus() == ICounter.NOT_COVERED) {
                missed.append(missed.length() == 0 ? "" : " ").append(line);
            }
        }
        return type.getName() + " (lines " + missed + ")";
    }
}
