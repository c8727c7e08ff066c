package socketlab.grader.solutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static socketlab.grader.solutions.Programs.LAUNCHER;
import static socketlab.grader.solutions.Programs.exitCode;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import socketlab.grader.course.Exercise;
import socketlab.grader.launch.RunningProgram;

/** Every program's help and messages exist in English and in Bahasa Indonesia, and the JVM's language picks one. */
@Timeout(60)
final class MessagesInBothLanguagesTest {

    @Test
    void everyEnglishMessageHasAnIndonesianOne() throws IOException {
        List<Path> english;
        try (Stream<Path> files = Files.walk(Programs.REPOSITORY.resolve("solutions"))) {
            english = files.filter(file -> file.toString().contains("src/main/resources"))
                    .filter(file -> file.toString().endsWith(".properties") && !file.toString().endsWith("_id.properties"))
                    .toList();
        }
        assertThat(english).as("message bundles").hasSize(Exercise.values().length);
        for (Path bundle : english) {
            Path indonesian = Path.of(bundle.toString().replace(".properties", "_id.properties"));
            assertThat(load(indonesian).keySet()).as("keys of %s", indonesian).isEqualTo(load(bundle).keySet());
        }
    }

    @Test
    void helpFollowsTheJvmsLanguage() throws IOException {
        try (RunningProgram english = LAUNCHER.start(Programs.solution("client", "socketlab.client.ClientKu",
                     List.of("-Duser.language=en")), List.of("--help"));
             RunningProgram indonesian = LAUNCHER.start(Programs.solution("client", "socketlab.client.ClientKu",
                     List.of("-Duser.language=id")), List.of("--help"))) {
            int englishExit = exitCode(english);
            int indonesianExit = exitCode(indonesian);
            assertAll(
                    () -> assertThat(String.join("\n", english.stdout())).contains("Server to connect to"),
                    () -> assertThat(String.join("\n", indonesian.stdout())).contains("Server tujuan"),
                    () -> assertThat(englishExit).isZero(),
                    () -> assertThat(indonesianExit).isZero());
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
