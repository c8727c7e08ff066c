package socketlab.grader.platforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gradescope's autograder zip, end to end: its {@code run_autograder} runs in a temporary root laid out as Gradescope's
 * ({@code /autograder/source} the unzipped zip, {@code /autograder/submission}, {@code /autograder/results}), entered
 * with chroot in a mount namespace of its own, and writes {@code results.json} with the specification's fields only: for
 * a right submission, for a grader that crashes and for one that runs out of time. The student's user (setup.sh's
 * {@code student}) cannot read the grader's files. Needs root, unshare ({@link TemporaryRoot}) and that user (.ci/run
 * runs setup.sh); without them it says "skipped" and why, and -Pstrict fails.
 */
final class GradescopeAutograderIT {
    static final Path ZIP = TemporaryRoot.REPOSITORY.resolve("grader/target/gradescope-autograder.zip");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @BeforeAll
    static void requireRootAndTheStudentsUser() throws InterruptedException {
        TemporaryRoot.require(TemporaryRoot.run(List.of("id", "student"), Map.of(), 30).code() != 0
                ? "no user 'student' (.ci/run runs grader/platforms/gradescope/setup.sh, which makes it)" : "");
    }

    @Test
    void gradesTheSubmissionAndWritesResultsWithTheSpecificationsFieldsOnly() throws IOException, InterruptedException {
        TemporaryRoot root = layOut();
        TemporaryRoot.copySolution("server", root.resolve("autograder/submission"));
        TemporaryRoot.copySolution("client", root.resolve("autograder/submission"));

        TemporaryRoot.Run graded = root.run(List.of("/autograder/run_autograder"), Map.of());

        JsonNode results = JSON.readTree(root.resolve("autograder/results/results.json").toFile());
        TemporaryRoot.Run peek = root.run(List.of("runuser", "-u", "student", "--", "head", "-c", "1", "/autograder/source/grader.jar"),
                Map.of());
        assertAll(
                () -> assertThat(graded.code()).as(graded.output()).isZero(),
                () -> assertThat(names(results)).isSubsetOf("score", "execution_time", "output", "output_format", "visibility",
                        "stdout_visibility", "tests"),
                () -> assertThat(results.get("tests")).allSatisfy(test -> assertThat(names(test)).isSubsetOf("name", "number", "score",
                        "max_score", "status", "output", "output_format", "tags", "visibility")),
                () -> assertThat(results.get("score").asInt()).isEqualTo(35),
                () -> assertThat(results.get("output").asText()).contains("rapor socket-lab"),
                () -> assertThat(graded.output()).as("the scorecard, for the staff").contains("35/"),
                () -> assertThat(Files.getPosixFilePermissions(root.resolve("autograder/source/grader.jar")))
                        .doesNotContain(PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_READ),
                () -> assertThat(peek.code()).as("the student's user reads the grader: %s", peek.output()).isNotZero(),
                () -> assertThat(peek.output()).contains("Permission denied"));
    }

    @Test
    void writesResultsSayingSoWhenTheGraderFails() throws IOException, InterruptedException {
        TemporaryRoot root = layOut();
        Files.writeString(root.resolve("autograder/source/grader.jar"), "not a jar");

        TemporaryRoot.Run graded = root.run(List.of("/autograder/run_autograder"), Map.of());

        JsonNode results = JSON.readTree(root.resolve("autograder/results/results.json").toFile());
        assertAll(
                () -> assertThat(graded.code()).isZero(),
                () -> assertThat(results.get("score").asInt()).isZero(),
                () -> assertThat(results.get("tests")).isEmpty(),
                () -> assertThat(results.get("output").asText()).isEqualTo("socket-lab tidak dapat menilai kiriman ini: grader berhenti "
                        + "dengan kode keluar 1. Ini bukan karena program Anda: beri tahu dosen Anda, yang dapat melihat log grader."));
    }

    @Test
    void writesResultsSayingSoWhenTheGraderRunsOutOfTime() throws IOException, InterruptedException {
        TemporaryRoot root = layOut();
        TemporaryRoot.copySolution("server", root.resolve("autograder/submission"));

        TemporaryRoot.Run graded = root.run(List.of("/autograder/run_autograder"), Map.of("SOCKETLAB_DEADLINE", "1"));

        JsonNode results = JSON.readTree(root.resolve("autograder/results/results.json").toFile());
        assertAll(
                () -> assertThat(graded.code()).isZero(),
                () -> assertThat(results.get("score").asInt()).isZero(),
                () -> assertThat(results.get("output").asText()).startsWith("socket-lab tidak dapat menilai kiriman ini: grader kehabisan "
                        + "waktu (1 detik)."));
    }

    /** A temporary root with Gradescope's /autograder: the zip unpacked in source/, run_autograder, the submission's folder. */
    private TemporaryRoot layOut() throws IOException, InterruptedException {
        TemporaryRoot root = TemporaryRoot.in(folder);
        root.unpack(ZIP, "autograder/source");
        Files.copy(root.resolve("autograder/source/run_autograder"), root.resolve("autograder/run_autograder"));
        Files.createDirectories(root.resolve("autograder/submission"));
        Files.createDirectories(root.resolve("autograder/results"));
        Files.writeString(root.resolve("autograder/submission_metadata.json"), "{\"id\": 1, \"users\": [{\"email\": "
                + "\"ani@example.ac.id\", \"id\": 101, \"name\": \"Ani Lestari\"}], \"submission_method\": \"upload\"}\n");
        return root;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
