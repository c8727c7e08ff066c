package socketlab.grader.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import socketlab.grader.TestRepository;

/** Every message the grader's command line says exists in both languages, and every key the code names is in the bundle. */
final class MessagesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("(?:new Problem|messages\\.get|Messages\\.both)\\(\"([a-zA-Z.]+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"socketlab/grader/Messages", "socketlab/grader/cli/GraderCommand", "socketlab/grader/cli/GradeCommand",
            "socketlab/grader/cli/GradeClassCommand"})
    void eachBundleHasTheSameKeysInBothLanguages(String bundle) {
        assertThat(load(bundle + "_id.properties").stringPropertyNames()).isEqualTo(load(bundle + ".properties").stringPropertyNames());
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundle() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(TestRepository.root().resolve("grader/src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher key = KEY_IN_CODE.matcher(Files.readString(source));
                while (key.find()) {
                    named.add(key.group(1));
                }
            }
        }
        List<String> unknown = new ArrayList<>(named);
        unknown.removeAll(load("socketlab/grader/Messages.properties").stringPropertyNames());
        assertAll(
                () -> assertThat(named).as("keys found in the code").hasSizeGreaterThan(20),
                () -> assertThat(unknown).as("keys the code names but the bundle lacks").isEmpty());
    }

    @Test
    void fillsTheValuesInTheLanguageAskedFor() {
        assertAll(
                () -> assertThat(Messages.in(Lang.EN).get("submission.missing", "/x.zip")).isEqualTo("no such submission: /x.zip"),
                () -> assertThat(Messages.in(Lang.ID).get("grade.belowBar", 12.5, 50.0))
                        .isEqualTo("Skor 12.5% di bawah batas 50.0% (grade.failUnder)"),
                () -> assertThat(new Problem("class.noFolder", "kelas/").getMessage()).isEqualTo("no such folder of submissions: kelas/"));
    }

    private static Properties load(String resource) {
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + resource)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("cannot read " + resource, e));
        }
    }
}
