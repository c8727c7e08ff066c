package socketlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every package of the grader says in its {@code package-info.java} what it is for. */
final class PackagesDescribedTest {
    private static final Path SOURCES = TestRepository.root().resolve("grader/src/main/java/socketlab/grader");

    @Test
    void everyPackageHasAPackageInfoWithItsSentence() throws IOException {
        List<String> undescribed;
        try (Stream<Path> folders = Files.walk(SOURCES)) {
            undescribed = folders.filter(Files::isDirectory).filter(folder -> !folder.equals(SOURCES))
                    .filter(folder -> !described(folder.resolve("package-info.java")))
                    .map(folder -> SOURCES.relativize(folder).toString()).sorted().toList();
        }
        assertThat(undescribed).as("grader packages without a package-info.java that opens with its Javadoc").isEmpty();
    }

    private static boolean described(Path packageInfo) {
        try {
            return Files.readString(packageInfo).startsWith("/**");
        } catch (IOException missing) {
            return false;
        }
    }
}
