package socketlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import socketlab.grader.TestRepository;

/**
 * The platforms are listed once ({@link Platform}) and everything about them follows the list: every folder of scripts in
 * {@code grader/platforms/} is a platform's, and both instructor guides name every platform's files and scripts and
 * say how to add one. A part missing is named, with the guides' "Add a platform" to read.
 */
final class PlatformListTest {
    private static final Path FOLDERS = TestRepository.root().resolve("grader/platforms");
    private static final List<Path> GUIDES = List.of(TestRepository.root().resolve("handouts/en/instructor-guide.md"),
            TestRepository.root().resolve("handouts/id/instructor-guide.md"));

    @Test
    void everyFolderOfScriptsIsAListedPlatformsNamedAsItIs() throws IOException {
        List<String> listed = Arrays.stream(Platform.values()).map(PlatformListTest::folderOf).toList();
        try (Stream<Path> folders = Files.list(FOLDERS)) {
            assertThat(folders.map(folder -> folder.getFileName().toString()).toList())
                    .as("folders in grader/platforms/ that are no platform's; see the instructor guide, \"Add a platform\"")
                    .isNotEmpty().allSatisfy(folder -> assertThat(listed).contains(folder));
        }
    }

    @Test
    void bothGuidesNameEveryPlatformsFilesAndScriptsAndHowToAddOne() throws IOException {
        List<String> named = new ArrayList<>(ReportFiles.names());
        try (Stream<Path> scripts = Files.walk(FOLDERS)) {
            scripts.filter(Files::isRegularFile).map(script -> script.getFileName().toString())
                    .filter(name -> !name.equals("bundle.xml")).forEach(named::add);
        }
        for (Path guide : GUIDES) {
            String text = Files.readString(guide);
            assertThat(named.stream().filter(name -> !text.contains(name)).toList())
                    .as("files and scripts %s does not name; see \"Add a platform\"", TestRepository.root().relativize(guide)).isEmpty();
            assertThat(text).as("%s says how to add a platform", guide.getFileName()).contains("report/Platform.java", "PlatformListTest");
        }
    }

    /** A platform's folder of scripts: its entry's name in lower case, {@code _} written {@code -}. */
    private static String folderOf(Platform platform) {
        return platform.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
