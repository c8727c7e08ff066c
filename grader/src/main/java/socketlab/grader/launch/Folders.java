package socketlab.grader.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes the grader's own work folders: the one deleter every part of the grader uses. */
public final class Folders {

    private Folders() {
    }

    /** Deletes a folder and everything in it, as far as it can; what is left stays in a temporary or target folder. */
    public static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // gone already, or left for the system or mvn clean
        }
    }
}
