package socketlab.grader.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.course.Exercise;

/** A sandbox's builds, handed out as one file ({@link BuildsFile}) and read back outside as they were. */
final class BuildsFileTest {
    @TempDir
    Path work;

    @Test
    void givesBackEachExercisesBuildWithItsClassesAndResources() throws IOException {
        Path classes = Files.createDirectories(work.resolve("build/server/classes/socketlab/server"));
        Files.writeString(classes.resolve("ServerKu.class"), "bytes of a class");
        Files.writeString(classes.resolve("Messages_id.properties"), "said = kata\n");
        Map<Exercise, Build> builds = new EnumMap<>(Exercise.class);
        for (Exercise exercise : Exercise.values()) {
            builds.put(exercise, new Build.Missing(exercise));
        }
        builds.put(Exercise.SERVER, new Build.Compiled(Exercise.SERVER, work.resolve("build/server/classes"), "socketlab.server.ServerKu"));
        builds.put(Exercise.CLIENT, new Build.NotCompiled(Exercise.CLIENT, "ClientKu.java:3: error: ';' expected\n\tint x = 1\n\t         ^"));
        Path out = Files.createDirectories(work.resolve("out"));

        BuildsFile.write(builds, out);
        Map<Exercise, Build> read = BuildsFile.read(out, work.resolve("outside"));

        assertThat(read).containsOnlyKeys(Exercise.values());
        assertThat(read.get(Exercise.CLIENT)).isEqualTo(builds.get(Exercise.CLIENT));
        assertThat(read.get(Exercise.UDP_PING)).isEqualTo(new Build.Missing(Exercise.UDP_PING));
        Build.Compiled server = (Build.Compiled) read.get(Exercise.SERVER);
        assertThat(server.mainClass()).isEqualTo("socketlab.server.ServerKu");
        assertThat(server.classes()).startsWith(work.resolve("outside"));
        assertThat(server.classes().resolve("socketlab/server/ServerKu.class")).hasContent("bytes of a class");
        assertThat(server.classes().resolve("socketlab/server/Messages_id.properties")).hasContent("said = kata");
        try (var files = Files.list(out)) {
            assertThat(files).as("one file, whoever wrote it").containsExactly(out.resolve(BuildsFile.NAME));
        }
    }
}
