package socketlab.grader.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import socketlab.grader.TestRepository;

/** The exercises tree holds exactly the stubs of the solutions, and the stub rules work as documented. */
final class StubsInStepTest {

    @Test
    void exercisesHoldExactlyTheStubsOfTheSolutions() {
        Path repository = TestRepository.root();
        StubSync sync = new StubSync(repository);
        assertAll(
                () -> assertThat(sync.expectedStubs()).as("stub files generated from solutions/").isNotEmpty(),
                () -> assertThat(sync.drift())
                        .as("exercises/ is out of step with solutions/. To grade a student's work, leave exercises/ as it is"
                                + " and pass -Dgrade.submission=<folder or zip>. After changing a solution, regenerate the stubs:"
                                + " mvn -q -pl grader compile && java -cp grader/target/classes socketlab.grader.stubs.StubSync")
                        .isEmpty());
    }

    @Test
    void dropsSolutionBlocksAndUncommentsStubLines() {
        String solution = String.join("\n",
                "int answer() {",
                "    // seed: return 42",
                "    // BEGIN SOLUTION",
                "    return 42;",
                "    // END SOLUTION",
                "    // STUB: throw new UnsupportedOperationException(\"not implemented yet\");",
                "}");
        assertThat(StubGenerator.stubOf("Answer.java", solution)).isEqualTo(String.join("\n",
                "int answer() {",
                "    // seed: return 42",
                "    throw new UnsupportedOperationException(\"not implemented yet\");",
                "}"));
    }

    @Test
    void keepsASourceWithoutMarkersAsItIs() {
        String source = "class Plain {\n    // a comment\n}\n";
        assertAll(
                () -> assertThat(StubGenerator.stubOf("Plain.java", source)).isEqualTo(source),
                () -> assertThat(StubGenerator.hasSolution(source)).isFalse());
    }

    @Test
    void rejectsUnbalancedMarkersNamingFileAndLine() {
        assertAll(
                () -> assertThatThrownBy(() -> StubGenerator.stubOf("A.java", "x\n// BEGIN SOLUTION\ny"))
                        .hasMessage("A.java:2: BEGIN SOLUTION is never ended"),
                () -> assertThatThrownBy(() -> StubGenerator.stubOf("B.java", "// END SOLUTION"))
                        .hasMessage("B.java:1: END SOLUTION without BEGIN SOLUTION"),
                () -> assertThatThrownBy(() -> StubGenerator.stubOf("C.java", "// BEGIN SOLUTION\n  // BEGIN SOLUTION"))
                        .hasMessage("C.java:2: BEGIN SOLUTION inside the block opened at line 1"));
    }
}
