package socketlab.grader.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import socketlab.grader.course.Status;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/**
 * Every hidden test is shown to fail on a wrong submission: each mutant of the corpus loses exactly the
 * tests aimed at its mistake (and passes the others), and grading it ends in bounded time. The mutants are
 * graded {@link GradedAhead#AT_ONCE} at a time, in the cases' order, once for this proof and the stress proof.
 */
@Tag("proof")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class WrongSubmissionsTest {
    static Stream<Path> corpus() {
        return Mutant.corpusFiles().stream();
    }

    static Stream<String> halfDone() {
        return Mutant.halfDone().stream().map(Mutant::name);
    }

    @ParameterizedTest(name = "{0}")
    @Order(1)
    @MethodSource("corpus")
    void losesExactlyTheTestsAimedAtItsMistake(Path file) {
        Mutant mutant = Mutant.read(file);
        losesExactlyWhatItSays(mutant);
    }

    /** One mistake, one charge: each test a mutant loses judges a behaviour its breaks: lines name, or says "not judged" for one. */
    @ParameterizedTest(name = "{0}")
    @Order(1)
    @MethodSource("corpus")
    void losesOnlyTestsThatJudgeWhatItBreaks(Path file) {
        Mutant mutant = Mutant.read(file);
        Set<String> breaks = Mutant.breaks(mutant.name());
        assertThat(Charges.overcharges(GradedAhead.of(mutant).outcomes(), mutant.exercise(), breaks))
                .as("%s (%s) breaks %s, but it lost tests that judge none of that", mutant.name(), mutant.what(), breaks).isEmpty();
    }

    /** A half-done submission loses the tests whose steps need a gap it left as a stub, and keeps the others' points. */
    @ParameterizedTest(name = "{0}")
    @Order(2)
    @MethodSource("halfDone")
    void aHalfDoneSubmissionLosesOnlyWhatItsStubsCost(String name) {
        losesExactlyWhatItSays(Mutant.halfDone().stream().filter(mutant -> mutant.name().equals(name)).findFirst().orElseThrow());
    }

    private void losesExactlyWhatItSays(Mutant mutant) {
        Scorecard card = GradedAhead.of(mutant);
        Set<String> skipped = card.outcomes().stream().filter(outcome -> outcome.status() == Status.SKIPPED)
                .map(Outcome::test).collect(Collectors.toCollection(TreeSet::new));
        Set<String> lost = card.outcomes().stream()
                .filter(outcome -> outcome.exercise().module().equals(mutant.exercise()) && outcome.status() != Status.PASSED)
                .filter(outcome -> !outcome.isQuiz())
                .map(Outcome::test).filter(test -> !skipped.contains(test)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(mutant.loses());
        expected.removeAll(skipped);
        Assumptions.assumeFalse(expected.isEmpty(),
                () -> "skipped: " + mutant.name() + " aims only at tests this machine cannot run: " + skipped);
        String detail = card.outcomes().stream().filter(outcome -> outcome.exercise().module().equals(mutant.exercise()))
                .map(outcome -> outcome.test() + ": " + outcome.status() + " " + outcome.reason().en())
                .collect(Collectors.joining("\n  ", "\n  ", ""));
        assertAll(
                () -> assertThat(mutant.loses()).as("%s names tests that exist", mutant.name()).isSubsetOf(allTests()),
                () -> assertThat(lost).as("%s (%s) lost these tests:%s", mutant.name(), mutant.what(), detail)
                        .isEqualTo(expected),
                () -> assertThat(card.millis()).as("milliseconds to grade %s", mutant.name()).isLessThan(120_000));
    }

    private static Set<String> allTests() {
        return GradingRun.hiddenTests().stream().map(Method::getName).collect(Collectors.toSet());
    }
}
