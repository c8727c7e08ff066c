package socketlab.grader.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.course.Exercise;

final class StubSyncTest {
    private static final String SOLUTION = "class A {\n    // BEGIN SOLUTION\n    int x = 1;\n    // END SOLUTION\n"
            + "    // STUB: int x;\n}\n";
    private static final String DIFFERS = "differs from what the solutions and the course's list make: ";

    @TempDir
    Path repository;

    @Test
    void listsMissingDifferingAndOrphanedStubs() throws IOException {
        write("solutions/server/src/main/java/A.java", SOLUTION);
        write("solutions/server/src/main/resources/m.properties", "k = v\n");
        write("exercises/server/src/main/java/A.java", SOLUTION);
        write("exercises/server/src/main/java/Old.java", "class Old {}\n");
        write("exercises/pom.xml", "<project>\n  <modules>\n    <module>server</module>\n  </modules>\n</project>\n");
        assertThat(new StubSync(repository).drift()).containsExactlyInAnyOrder(
                DIFFERS + "exercises/server/src/main/java/A.java",
                DIFFERS + "exercises/pom.xml",
                "missing: exercises/server/src/main/resources/m.properties",
                "has no solution: exercises/server/src/main/java/Old.java");
    }

    @Test
    void writesTheStubsSoThatNothingDriftsButOrphans() throws IOException {
        write("solutions/server/src/main/java/A.java", SOLUTION);
        StubSync sync = new StubSync(repository);
        assertAll(
                () -> assertThat(sync.write()).containsExactly("exercises/server/src/main/java/A.java"),
                () -> assertThat(Files.readString(repository.resolve("exercises/server/src/main/java/A.java")))
                        .isEqualTo("class A {\n    int x;\n}\n"),
                () -> assertThat(sync.drift()).isEmpty(),
                () -> assertThat(sync.write()).as("a second write").isEmpty());
    }

    @Test
    void writesTheModuleListsAndStubPomsFromTheCoursesList() throws IOException {
        assertAll(
                () -> assertThat(Files.readString(repository.resolve("solutions/pom.xml"))).isEqualTo(
                        "<project>\n  <modules>\n" + modules(Exercise.values()) + "  </modules>\n</project>\n"),
                () -> assertThat(Files.readString(repository.resolve("exercises/pom.xml"))).isEqualTo(
                        "<project>\n  <modules>\n    <module>selfcheck</module>\n" + modules(Exercise.values()) + "  </modules>\n</project>\n"),
                () -> assertThat(Files.readString(repository.resolve("exercises/client/pom.xml")))
                        .isEqualTo("<project><groupId>socketlab.exercises</groupId><name>client (exercise (stub) of the seed)</name></project>"));
    }

    /** A course whose solutions have their poms, put in step by a first write. */
    @BeforeEach
    void aCourseInStep() throws IOException {
        for (Exercise exercise : Exercise.values()) {
            write("solutions/" + exercise.module() + "/pom.xml", "<project><groupId>socketlab.solutions</groupId><name>"
                    + exercise.module() + " (reference solution of the seed)</name></project>");
        }
        write("solutions/pom.xml", "<project>\n  <modules>\n  </modules>\n</project>\n");
        write("exercises/pom.xml", "<project>\n  <modules>\n  </modules>\n</project>\n");
        new StubSync(repository).write();
    }

    private static String modules(Exercise... exercises) {
        return List.of(exercises).stream().map(exercise -> "    <module>" + exercise.module() + "</module>\n").reduce("", String::concat);
    }

    private void write(String file, String text) throws IOException {
        Path path = repository.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
