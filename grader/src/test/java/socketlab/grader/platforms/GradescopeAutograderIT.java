package socketlab.grader.platforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;

/**
 * Gradescope's autograder zip, end to end: its {@code run_autograder} runs in a temporary root laid out as Gradescope's
 * ({@code /autograder/source} the unzipped zip, {@code /autograder/submission}, {@code /autograder/results}), entered
 * with chroot in a mount namespace of its own, and writes {@code results.json} with the specification's fields only: for
 * a right submission, for a grader that crashes and for one that runs out of time. The student's user (setup.sh's
 * {@code student}) cannot read the grader's files. Needs root, unshare and that user (.ci/run runs setup.sh); without
 * them it says "skipped" and why, and -Pstrict fails.
 */
final class GradescopeAutograderIT {
    static final Path REPOSITORY = TestRepository.root();
    static final Path ZIP = REPOSITORY.resolve("grader/target/gradescope-autograder.zip");
    /** The machine's folders the temporary root borrows, read as they are, so that bash, java and runuser run in it. */
    private static final List<String> SYSTEM = List.of("usr", "lib", "lib64", "bin", "sbin", "etc", "dev", "proc", "sys", "tmp");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path root;

    @BeforeAll
    static void requireRootAndTheStudentsUser() throws InterruptedException {
        String missing = !"root".equals(System.getProperty("user.name")) ? "not root"
                : run(List.of("id", "student"), Map.of(), 30).code() != 0 ? "no user 'student' (setup.sh makes it)"
                : run(List.of("unshare", "--mount", "--fork", "true"), Map.of(), 30).code() != 0 ? "unshare --mount refused here" : "";
        if (missing.isEmpty()) {
            return;
        }
        if (Boolean.getBoolean("socketlab.deploy.required")) {
            fail(missing + ", and this build requires the Gradescope proof (-Pstrict); .ci/run runs grader/src/main/gradescope/setup.sh");
        }
        String skipped = "skipped: " + missing;
        System.out.println(skipped);
        Assumptions.abort(skipped);
    }

    @Test
    void gradesTheSubmissionAndWritesResultsWithTheSpecificationsFieldsOnly() throws IOException, InterruptedException {
        Path autograder = layOut(root);
        copySolution("server", autograder.resolve("submission"));
        copySolution("client", autograder.resolve("submission"));

        Run graded = autograde(Map.of());

        JsonNode results = JSON.readTree(autograder.resolve("results/results.json").toFile());
        Run peek = inRoot(List.of("runuser", "-u", "student", "--", "head", "-c", "1", "/autograder/source/grader.jar"), Map.of());
        assertAll(
                () -> assertThat(graded.code()).as(graded.output()).isZero(),
                () -> assertThat(names(results)).isSubsetOf("score", "execution_time", "output", "output_format", "visibility",
                        "stdout_visibility", "tests"),
                () -> assertThat(results.get("tests")).allSatisfy(test -> assertThat(names(test)).isSubsetOf("name", "number", "score",
                        "max_score", "status", "output", "output_format", "tags", "visibility")),
                () -> assertThat(results.get("score").asInt()).isEqualTo(36),
                () -> assertThat(results.get("output").asText()).contains("rapor socket-lab"),
                () -> assertThat(graded.output()).as("the scorecard, for the staff").contains("36/"),
                () -> assertThat(Files.getPosixFilePermissions(autograder.resolve("source/grader.jar")))
                        .doesNotContain(PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_READ),
                () -> assertThat(peek.code()).as("the student's user reads the grader: %s", peek.output()).isNotZero(),
                () -> assertThat(peek.output()).contains("Permission denied"));
    }

    @Test
    void writesResultsSayingSoWhenTheGraderFails() throws IOException, InterruptedException {
        Path autograder = layOut(root);
        Files.writeString(autograder.resolve("source/grader.jar"), "not a jar");

        Run graded = autograde(Map.of());

        JsonNode results = JSON.readTree(autograder.resolve("results/results.json").toFile());
        assertAll(
                () -> assertThat(graded.code()).isZero(),
                () -> assertThat(results.get("score").asInt()).isZero(),
                () -> assertThat(results.get("tests")).isEmpty(),
                () -> assertThat(results.get("output").asText()).isEqualTo("socket-lab tidak dapat menilai kiriman ini: grader berhenti "
                        + "dengan kode keluar 1. Ini bukan karena program Anda: beri tahu dosen Anda, yang dapat melihat log grader."));
    }

    @Test
    void writesResultsSayingSoWhenTheGraderRunsOutOfTime() throws IOException, InterruptedException {
        Path autograder = layOut(root);
        copySolution("server", autograder.resolve("submission"));

        Run graded = autograde(Map.of("SOCKETLAB_DEADLINE", "1"));

        JsonNode results = JSON.readTree(autograder.resolve("results/results.json").toFile());
        assertAll(
                () -> assertThat(graded.code()).isZero(),
                () -> assertThat(results.get("score").asInt()).isZero(),
                () -> assertThat(results.get("output").asText()).startsWith("socket-lab tidak dapat menilai kiriman ini: grader kehabisan "
                        + "waktu (1 detik)."));
    }

    /** The temporary root: Gradescope's /autograder, and the machine's system folders to be mounted beside it. */
    private static Path layOut(Path root) throws IOException, InterruptedException {
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path autograder = Files.createDirectories(root.resolve("autograder"));
        Run unzip = run(List.of("unzip", "-q", ZIP.toString(), "-d", autograder.resolve("source").toString()), Map.of(), 120);
        assertThat(unzip.code()).as("unzip: %s", unzip.output()).isZero();
        Files.copy(autograder.resolve("source/run_autograder"), autograder.resolve("run_autograder"));
        Files.createDirectories(autograder.resolve("submission"));
        Files.createDirectories(autograder.resolve("results"));
        Files.writeString(autograder.resolve("submission_metadata.json"), "{\"id\": 1, \"users\": [{\"email\": \"ani@example.ac.id\", "
                + "\"id\": 101, \"name\": \"Ani Lestari\"}], \"submission_method\": \"upload\"}\n");
        for (String folder : SYSTEM) {
            Files.createDirectories(root.resolve(folder));
        }
        return autograder;
    }

    private Run autograde(Map<String, String> environment) throws IOException, InterruptedException {
        return inRoot(List.of("/autograder/run_autograder"), environment);
    }

    /** Runs a command chrooted into the temporary root, in a mount namespace that holds the mounts. */
    private Run inRoot(List<String> command, Map<String, String> environment) throws InterruptedException {
        StringBuilder script = new StringBuilder("set -e; ");
        for (String folder : SYSTEM) {
            if (Files.exists(Path.of("/" + folder))) {
                script.append("mount --rbind /").append(folder).append(" '").append(root.resolve(folder)).append("'; ");
            }
        }
        script.append("exec chroot '").append(root).append("' \"$@\"");
        List<String> all = new ArrayList<>(List.of("unshare", "--mount", "--fork", "--", "/bin/sh", "-c", script.toString(), "sh"));
        all.addAll(command);
        return run(all, environment, 660);
    }

    private static void copySolution(String exercise, Path submission) throws IOException {
        Path sources = REPOSITORY.resolve("solutions").resolve(exercise).resolve("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path copy = submission.resolve(exercise).resolve(sources.relativize(source).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(source, copy);
            }
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Run run(List<String> command, Map<String, String> environment, long seconds) throws InterruptedException {
        try {
            Path output = Files.createTempFile("socketlab-gradescope", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                process.getOutputStream().close();
                if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(command + " did not end within " + seconds + " s");
                }
                return new Run(process.exitValue(), Files.readString(output));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException cannotStart) {
            return new Run(-1, String.valueOf(cannotStart.getMessage()));
        }
    }

    private record Run(int code, String output) {
    }
}
