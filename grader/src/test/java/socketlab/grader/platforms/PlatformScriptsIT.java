package socketlab.grader.platforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;
import socketlab.grader.course.Exercise;
import socketlab.grader.report.VplOutput;

/**
 * The scripts instructors put on Moodle VPL, Autolab and PrairieLearn, each run as its platform runs it, on the bundle
 * the build makes, grading the server and client solutions (the same 35 points everywhere, no quiz.txt): VPL's vpl_evaluate.sh
 * writes a vpl_execution whose output VPL reads as comments and a grade; Autolab's make prints the autoresult last;
 * PrairieLearn's entrypoint, in a temporary root with its /grade, writes its results.json.
 */
final class PlatformScriptsIT {
    static final Path BUNDLE = TemporaryRoot.REPOSITORY.resolve("grader/target/socketlab-grader.zip");
    static final Path AUTOGRADE_TAR = TemporaryRoot.REPOSITORY.resolve("grader/target/autograde.tar");
    private static final int SERVER_AND_CLIENT = 35;
    private static final int ALL = TestRepository.fullMarks();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void vplsEvaluateWritesAnExecutionWhoseGradeVplReads() throws IOException, InterruptedException {
        Path home = Files.createDirectories(folder.resolve("home"));
        flatSolutions(home);
        Files.copy(BUNDLE, home.resolve("socketlab-grader.zip"));
        Files.copy(TemporaryRoot.REPOSITORY.resolve("grader/platforms/moodle-vpl/vpl_evaluate.sh"), home.resolve("vpl_evaluate.sh"));
        Files.writeString(home.resolve("vpl_environment.sh"), "#!/bin/bash\nexport VPL_GRADEMIN=0\nexport VPL_GRADEMAX=100\n");

        TemporaryRoot.Run evaluate = TemporaryRoot.run(List.of("bash", "vpl_evaluate.sh"), Map.of(), 60, home);
        TemporaryRoot.Run execution = TemporaryRoot.run(List.of("./vpl_execution"), Map.of(), 600, home);

        VplOutput read = VplOutput.parse(execution.output());
        assertAll(
                () -> assertThat(evaluate.code()).as(evaluate.output()).isZero(),
                () -> assertThat(home.resolve("vpl_execution")).isExecutable(),
                () -> assertThat(read.grade()).as(execution.output()).contains(String.format(Locale.ROOT, "%.2f", 100.0 * SERVER_AND_CLIENT / ALL)),
                () -> assertThat(read.blocks()).hasSize(1),
                () -> assertThat(read.blocks().get(0)).contains("-server (ServerKu) 21/24", "-client (ClientKu) 14/17")
                        .anySatisfy(line -> assertThat(line).startsWith(">")),
                () -> assertThat(home.resolve("socketlab-grader.zip")).as("the bundle left the student's folder").doesNotExist());
    }

    @Test
    void autolabsMakePrintsTheAutoresultLastWithAProblemPerExercise() throws IOException, InterruptedException {
        Path job = Files.createDirectories(folder.resolve("job"));
        Files.copy(TemporaryRoot.REPOSITORY.resolve("grader/platforms/autolab/autograde-Makefile"), job.resolve("Makefile"));
        Files.copy(AUTOGRADE_TAR, job.resolve("autograde.tar"));
        Path handin = Files.createDirectories(folder.resolve("handin"));
        TemporaryRoot.copySolution("server", handin);
        TemporaryRoot.copySolution("client", handin);
        zip(handin, job.resolve("handin.zip"));

        TemporaryRoot.Run make = TemporaryRoot.run(List.of("make"), Map.of(), 600, job);

        String[] lines = make.output().strip().split("\n");
        JsonNode autoresult = JSON.readTree(lines[lines.length - 1]);
        assertAll(
                () -> assertThat(make.code()).as(make.output()).isZero(),
                () -> assertThat(names(autoresult.get("scores"))).containsExactlyElementsOf(Arrays.stream(Exercise.values())
                        .map(Exercise::module).toList()),
                () -> assertThat(autoresult.get("scores").get("server").asInt()).isEqualTo(21),
                () -> assertThat(autoresult.at("/scoreboard/0").asInt()).isEqualTo(SERVER_AND_CLIENT));
    }

    @Test
    void prairieLearnsEntrypointWritesItsResultsInGrade() throws IOException, InterruptedException {
        TemporaryRoot.require("");
        TemporaryRoot root = TemporaryRoot.in(folder);
        root.unpack(BUNDLE, "grade/serverFilesCourse/socketlab");
        Files.copy(TemporaryRoot.REPOSITORY.resolve("grader/platforms/prairielearn/prairielearn-grade.sh"),
                root.resolve("grade/serverFilesCourse/socketlab/prairielearn-grade.sh"));
        flatSolutions(Files.createDirectories(root.resolve("grade/student")));
        JsonNode info = JSON.readTree(TemporaryRoot.REPOSITORY.resolve("grader/platforms/prairielearn/info.json").toFile());

        TemporaryRoot.Run graded = root.run(List.of(info.at("/externalGradingOptions/entrypoint").asText()),
                Map.of("SOCKETLAB_LANG", "en"));

        JsonNode results = JSON.readTree(root.resolve("grade/results/results.json").toFile());
        assertAll(
                () -> assertThat(graded.code()).as(graded.output()).isZero(),
                () -> assertThat(results.get("gradable").asBoolean()).isTrue(),
                () -> assertThat(results.get("score").asDouble()).isCloseTo((double) SERVER_AND_CLIENT / ALL, within(1e-9)),
                () -> assertThat(results.get("tests").findValues("max_points")).isNotEmpty());
    }

    /**
     * The server's and client's solutions as a student hands them in on VPL or PrairieLearn: the student's own files,
     * no folders (the kit's given files come from the bundle).
     */
    private static void flatSolutions(Path into) throws IOException {
        for (Exercise exercise : List.of(Exercise.SERVER, Exercise.CLIENT)) {
            Path sources = TemporaryRoot.REPOSITORY.resolve("solutions").resolve(exercise.module()).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                Path program = files.filter(file -> file.getFileName().toString().equals(exercise.program() + ".java")).findFirst()
                        .orElseThrow();
                Files.copy(program, into.resolve(program.getFileName().toString()));
            }
        }
    }

    private static void zip(Path folder, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
             Stream<Path> files = Files.walk(folder)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(source).toString()));
                out.write(Files.readAllBytes(source));
                out.closeEntry();
            }
        }
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
