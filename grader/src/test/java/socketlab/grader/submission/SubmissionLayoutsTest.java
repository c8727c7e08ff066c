package socketlab.grader.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Problem;
import socketlab.grader.course.Status;
import socketlab.grader.grading.Grader;
import socketlab.grader.grading.Settings;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/** Students pack their work in odd ways; each exercise is still found, and a bad archive is refused plainly. */
final class SubmissionLayoutsTest {
    static final Path REPOSITORY = TestRepository.root();
    static final Path KIT = REPOSITORY.resolve("exercises");
    static final String SERVER = "solutions/server/src/main/java/socketlab/server/ServerKu.java";

    @TempDir
    Path work;

    @Test
    void findsAMavenModuleInsideATopFolderWithItsOwnResources() throws IOException {
        Path module = work.resolve("ahmad-tugas/exercises/server");
        copy(SERVER, module.resolve("src/main/java/socketlab/server/ServerKu.java"));
        Files.createDirectories(module.resolve("src/main/resources/socketlab/server"));
        Files.writeString(module.resolve("src/main/resources/socketlab/server/ServerKu.properties"), "own = yes\n");
        ExerciseSources sources = new SourceFinder(work, KIT).find(Exercise.SERVER).orElseThrow();
        assertAll(
                () -> assertThat(sources.mainSource()).isEqualTo(module.resolve("src/main/java/socketlab/server/ServerKu.java")),
                () -> assertThat(Files.readString(sources.resources().get("socketlab/server/ServerKu.properties"))).isEqualTo("own = yes\n"),
                () -> assertThat(sources.resources()).as("the kit's Indonesian bundle fills the gap")
                        .containsKey("socketlab/server/ServerKu_id.properties"));
    }

    @Test
    void findsALoneSourceFileAndTakesTheGivenFilesFromTheKit() throws IOException {
        copy("solutions/address-detail/src/main/java/socketlab/addressdetail/DetailSocket.java", work.resolve("DetailSocket.java"));
        ExerciseSources sources = new SourceFinder(work, KIT).find(Exercise.ADDRESS_DETAIL).orElseThrow();
        assertThat(sources.javaFiles()).extracting(path -> path.getFileName().toString())
                .containsExactlyInAnyOrder("DetailSocket.java", "DetailSocketCommand.java", "CommandLine.java", "SocketKind.java",
                        "PythonSocketAddress.java");
        assertThat(sources.javaFiles()).filteredOn(path -> path.getFileName().toString().equals("DetailSocket.java"))
                .containsExactly(work.resolve("DetailSocket.java"));
    }

    @Test
    void prefersTheExerciseOverACopyInSolutionsOrInTests() throws IOException {
        copy(SERVER, work.resolve("repo/solutions/server/src/main/java/socketlab/server/ServerKu.java"));
        copy(SERVER, work.resolve("repo/exercises/server/src/test/java/socketlab/server/ServerKu.java"));
        copy(SERVER, work.resolve("repo/exercises/server/src/main/java/socketlab/server/ServerKu.java"));
        assertThat(new SourceFinder(work, KIT).find(Exercise.SERVER).orElseThrow().mainSource())
                .isEqualTo(work.resolve("repo/exercises/server/src/main/java/socketlab/server/ServerKu.java"));
    }

    @Test
    void findsSourcesInsideAFolderCalledTargetOnTheWayToTheSubmission() throws IOException {
        Path submission = work.resolve("grader/target/grading-1/submission");
        copy(SERVER, submission.resolve("tugas/ServerKu.java"));
        copy(SERVER, submission.resolve("tugas/target/classes/ServerKu.java"));
        assertThat(new SourceFinder(submission, KIT).find(Exercise.SERVER).orElseThrow().mainSource())
                .isEqualTo(submission.resolve("tugas/ServerKu.java"));
    }

    @Test
    void reportsAnExerciseThatIsNotThere() {
        assertThat(new SourceFinder(work, KIT).find(Exercise.CLIENT)).isEmpty();
    }

    @Test
    void compilesEachExerciseOnItsOwnAndQuotesTheFirstError() throws IOException {
        Path broken = work.resolve("src/ServerKu.java");
        copy(SERVER, broken);
        Files.writeString(broken, Files.readString(broken).replace("return server.accept();", "return server.accept()"));
        ExerciseSources sources = new SourceFinder(work.resolve("src"), KIT).find(Exercise.SERVER).orElseThrow();
        Build build = new ExerciseCompiler().compile(sources, work.resolve("build"));
        assertThat(build).isInstanceOfSatisfying(Build.NotCompiled.class, notCompiled ->
                assertThat(notCompiled.firstError()).startsWith("ServerKu.java:").contains("';' expected"));
    }

    @Test
    void unpacksAZipAndRefusesAnEntryOutsideItsFolder() throws IOException {
        Path good = zip("good.zip", "tugas/ServerKu.java", "class ServerKu {}");
        Path evil = zip("evil.zip", "../../outside.txt", "gotcha");
        assertAll(
                () -> assertThat(Unzip.into(good, work.resolve("good")).resolve("tugas/ServerKu.java")).exists(),
                () -> assertThatThrownBy(() -> Unzip.into(evil, work.resolve("evil")))
                        .isInstanceOf(Problem.class).hasMessageContaining("outside the archive's folder"),
                () -> assertThat(work.getParent().resolve("outside.txt")).doesNotExist());
    }

    @Test
    void aZippedSubmissionWithOneCompileErrorLosesThatExerciseOnly() throws IOException {
        Path zip = work.resolve("tugas.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Exercise exercise : Exercise.values()) {
                Path sources = REPOSITORY.resolve("solutions").resolve(exercise.module()).resolve("src/main/java");
                try (var files = Files.walk(sources)) {
                    for (Path source : files.filter(Files::isRegularFile).toList()) {
                        String text = Files.readString(source);
                        if (source.endsWith("ClientKu.java")) {
                            text = text.replace("close(s);\n    }", "close(s)\n    }");
                        }
                        out.putNextEntry(new ZipEntry("Budi/" + exercise.module() + "/" + source.getFileName()));
                        out.write(text.getBytes(StandardCharsets.UTF_8));
                        out.closeEntry();
                    }
                }
            }
        }
        Scorecard card = new Grader(KIT, Settings.DEFAULT.withTestsAtOnce(4)).grade("tugas.zip", zip, work.resolve("grading"));
        assertAll(
                () -> assertThat(card.outcomes()).filteredOn(outcome -> runsClientKu(outcome) && !outcome.isQuiz())
                        .isNotEmpty().allSatisfy(outcome -> {
                            assertThat(outcome.status()).isEqualTo(Status.NOT_COMPILED);
                            assertThat(outcome.reason().en()).startsWith("ClientKu.java:").contains("';' expected");
                        }),
                () -> assertThat(card.outcomes()).filteredOn(outcome -> !runsClientKu(outcome) && !outcome.isQuiz()
                                && outcome.status() != Status.SKIPPED)
                        .isNotEmpty().allSatisfy(outcome -> assertThat(outcome.status()).as(outcome.test()).isEqualTo(Status.PASSED)));
    }

    /** The client's tests, and the other-addresses tests that run ClientKu on another host (their names say so). */
    private static boolean runsClientKu(Outcome outcome) {
        return outcome.exercise() == Exercise.CLIENT || outcome.test().startsWith("clientKu");
    }

    private void copy(String repositoryFile, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(REPOSITORY.resolve(repositoryFile), target);
    }

    private Path zip(String name, String entry, String content) throws IOException {
        Path zip = work.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip;
    }
}
