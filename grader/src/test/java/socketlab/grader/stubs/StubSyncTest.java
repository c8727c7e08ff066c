package socketlab.grader.stubs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class StubSyncTest {
    private static final String SOLUTION = "class A {\n    // BEGIN SOLUTION\n    int x = 1;\n    // END SOLUTION\n"
            + "    // STUB: int x;\n}\n";

    @TempDir
    Path repository;

    @Test
    void listsMissingDifferingAndOrphanedStubs() throws IOException {
        write("solutions/m/pom.xml", "<project/>");
        write("solutions/m/src/main/java/A.java", SOLUTION);
        write("solutions/m/src/main/resources/m.properties", "k = v\n");
        write("exercises/m/src/main/java/A.java", SOLUTION);
        write("exercises/m/src/main/java/Old.java", "class Old {}\n");
        assertThat(new StubSync(repository).drift()).containsExactlyInAnyOrder(
                "differs from its solution / berbeda dari solusinya: exercises/m/src/main/java/A.java",
                "missing / tidak ada: exercises/m/src/main/resources/m.properties",
                "has no solution / tidak punya solusi: exercises/m/src/main/java/Old.java");
    }

    @Test
    void writesTheStubsSoThatNothingDriftsButOrphans() throws IOException {
        write("solutions/m/pom.xml", "<project/>");
        write("solutions/m/src/main/java/A.java", SOLUTION);
        StubSync sync = new StubSync(repository);
        assertAll(
                () -> assertThat(sync.write()).containsExactly("exercises/m/src/main/java/A.java"),
                () -> assertThat(Files.readString(repository.resolve("exercises/m/src/main/java/A.java")))
                        .isEqualTo("class A {\n    int x;\n}\n"),
                () -> assertThat(sync.drift()).isEmpty(),
                () -> assertThat(sync.write()).as("a second write").isEmpty());
    }

    private void write(String file, String text) throws IOException {
        Path path = repository.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
