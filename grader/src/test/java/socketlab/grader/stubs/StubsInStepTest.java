package socketlab.grader.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;
import socketlab.grader.course.Demo;
import socketlab.grader.course.Exercise;

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
    void everyExercisesPomCallsItAStubAndNeverASolution() {
        Path exercises = TestRepository.root().resolve("exercises");
        assertThat(Exercise.values()).allSatisfy(exercise -> assertThat(exercises.resolve(exercise.module()).resolve("pom.xml")).content()
                .contains("(exercise (stub) of ").doesNotContainIgnoringCase("solution"));
    }

    @Test
    void everyModuleHoldsTheGivenCommandLineFromItsOneSourceAndACopyOutOfStepIsNamed(@TempDir Path copy) throws IOException {
        Path repository = TestRepository.root();
        for (String tree : List.of("solutions", "exercises")) {
            try (Stream<Path> files = Files.walk(repository.resolve(tree))) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().contains("/target/")).toList()) {
                    Path target = copy.resolve(repository.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
        Path serversCopy = copy.resolve("solutions/server/src/main/java/socketlab/server/CommandLine.java");
        Files.writeString(serversCopy, Files.readString(serversCopy).replace("return DONE;", "return 0;"));
        assertAll(
                () -> assertThat(StubSync.givenCommandLine(Exercise.LOOPING_SERVER)).startsWith("package socketlab.loopingserver;\n")
                        .contains("final class CommandLine {"),
                () -> assertThat(Exercise.values()).allSatisfy(exercise -> assertThat(repository.resolve("exercises")
                        .resolve(exercise.module()).resolve("src/main/java").resolve(exercise.packagePath()).resolve("CommandLine.java"))
                        .content().isEqualTo(StubSync.givenCommandLine(exercise))),
                () -> assertThat(Exercise.values()).allSatisfy(exercise -> {
                    Path frame = repository.resolve("solutions").resolve(exercise.module()).resolve("src/main/java")
                            .resolve(exercise.packagePath()).resolve(StubSync.SERVER_FRAME);
                    if (exercise.demo().kind() == Demo.Kind.SERVER) {
                        assertThat(frame).as("a server's given frame").content().isEqualTo(StubSync.given(exercise, StubSync.SERVER_FRAME));
                    } else {
                        assertThat(frame).as("no frame beside a program that is not a server").doesNotExist();
                    }
                }),
                () -> assertThat(new StubSync(copy).drift()).containsExactly(
                        "differs from what the solutions and the course's list make: "
                                + "solutions/server/src/main/java/socketlab/server/CommandLine.java"));
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
