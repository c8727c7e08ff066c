package socketlab.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;
import socketlab.grader.cli.GraderCommand;
import socketlab.grader.corpus.Mutant;

/**
 * A class graded in containers, hostile submissions among correct ones: each is graded to completion with its own
 * clear line, costs only itself, and reads and writes nothing it must not; two that bind the same fixed port
 * score the same together as alone (one test at a time, as a fixed port makes a program's own tests, run at once,
 * collide with each other in any mode).
 */
@Tag("proof")
final class HostileSandboxIT {
    private static final Path REPOSITORY = TestRepository.root();
    private static final String SERVE = "        try (ServerSocket server = openServerSocket(options.host, options.port, options.backlog)) {\n";
    private static final List<String> SECRETS = List.of("BEGIN SOLUTION", "ServerKuTest", "SECRET-OF-ANOTHER-STUDENT");

    @TempDir
    Path work;

    @BeforeAll
    static void anEngine() {
        DockerForTests.require();
    }

    @Test
    void hostileSubmissionsCostOnlyThemselvesAndSeeNothingTheyMustNot() throws IOException, URISyntaxException {
        Path submissions = work.resolve("class");
        correct(submissions.resolve("correct-1"));
        correct(submissions.resolve("correct-2"));
        Path another = submissions.resolve("correct-2/client/src/main/java/socketlab/client/ClientKu.java");
        Files.writeString(another, Files.readString(another) + "// SECRET-OF-ANOTHER-STUDENT\n");
        for (String behaviour : List.of("forkBomb", "memoryHog", "diskFiller", "writesOutside", "readsSecrets")) {
            // the one whose points are checked hands in the whole course; the others their ServerKu only
            hostile(submissions.resolve(behaviour), "        Hostile." + behaviour + "();\n" + SERVE, behaviour.equals("writesOutside"));
        }
        for (String id : List.of("fixed-port-1", "fixed-port-2")) {
            fixedPort(submissions.resolve(id));
        }
        Path out = work.resolve("out");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = GraderCommand.execute(new PrintStream(printed, true, StandardCharsets.UTF_8), new PrintStream(printed, true,
                StandardCharsets.UTF_8), "class", submissions.toString(), "--out", out.toString(), "--sandbox", "container",
                "--submissions-at-once", "3", "--no-similarity", "--lang", "en", "--repository", REPOSITORY.toString());
        Path fixedOut = work.resolve("fixed-together");
        int fixedCode = GraderCommand.execute(new PrintStream(printed, true, StandardCharsets.UTF_8), new PrintStream(printed, true,
                StandardCharsets.UTF_8), "class", submissions.toString(), "--out", fixedOut.toString(), "--sandbox", "container",
                "--submissions-at-once", "2", "--tests-at-once", "1", "--only", "fixed-port-1,fixed-port-2", "--no-similarity", "--lang", "en",
                "--repository", REPOSITORY.toString());
        String fixedAlone1 = statuses(alone(submissions.resolve("fixed-port-1"), "fixed-port-1"));
        String fixedAlone2 = statuses(alone(submissions.resolve("fixed-port-2"), "fixed-port-2"));
        assertAll(
                () -> assertThat(code).as("exit code; output:%n%s", printed.toString(StandardCharsets.UTF_8)).isZero(),
                () -> assertThat(total(out, "correct-1")).isEqualTo(TestRepository.fullMarks()),
                () -> assertThat(total(out, "correct-2")).isEqualTo(TestRepository.fullMarks()),
                () -> assertThat(total(out, "writesOutside")).as("no write outside its folder worked (else it exits 99)")
                        .isEqualTo(TestRepository.fullMarks()),
                () -> assertThat(feedback(out, "forkBomb")).contains("crashed: too many processes"),
                () -> assertThat(feedback(out, "memoryHog")).contains("crashed: out of memory"),
                () -> assertThat(feedback(out, "diskFiller")).contains("crashed: disk full"),
                () -> assertThat(feedback(out, "readsSecrets")).as("its own output reaches its feedback").contains("searched ")
                        .doesNotContain(SECRETS),
                () -> assertThat(fixedCode).isZero(),
                () -> assertThat(statuses(json(fixedOut, "fixed-port-1"))).as("fixed-port-1 together and alone").isEqualTo(fixedAlone1),
                () -> assertThat(statuses(json(fixedOut, "fixed-port-2"))).as("fixed-port-2 together and alone").isEqualTo(fixedAlone2));
    }

    private JsonNode alone(Path submission, String id) throws IOException {
        Path out = work.resolve("alone-" + id);
        int code = GraderCommand.execute(new PrintStream(new ByteArrayOutputStream()), System.err, "grade", submission.toString(),
                "--repository", REPOSITORY.toString(), "--sandbox", "container", "--tests-at-once", "1", "--lang", "en", "--color", "never",
                "--out", out.toString());
        assertThat(code).as("grading %s alone", id).isZero();
        return new ObjectMapper().readTree(out.resolve("results.json").toFile());
    }

    private static String statuses(JsonNode results) {
        List<String> lines = new ArrayList<>();
        // a class's results.json is in the course's language, one submission's in --lang: compare points and status tags
        results.get("tests").forEach(test -> lines.add(test.get("score").asInt() + "/" + test.get("max_score").asInt() + " "
                + test.get("tags")));
        return String.join("\n", lines);
    }

    private static JsonNode json(Path out, String id) throws IOException {
        return new ObjectMapper().readTree(out.resolve("students").resolve(id).resolve("results.json").toFile());
    }

    private static int total(Path out, String id) throws IOException {
        return json(out, id).get("score").asInt();
    }

    private static String feedback(Path out, String id) throws IOException {
        return Files.readString(out.resolve("students").resolve(id).resolve("feedback.en.md"));
    }

    private static void correct(Path target) throws IOException {
        Mutant.writeCorrect(REPOSITORY.resolve("solutions"), target);
    }

    private static void hostile(Path target, String serveWith, boolean wholeCourse) throws IOException, URISyntaxException {
        if (wholeCourse) {
            correct(target);
        } else {
            new Mutant("hostile", "server", "server", List.of(), "", "none", Set.of(), List.of()).writeInto(REPOSITORY.resolve("solutions"), target);
        }
        Path server = target.resolve("server/src/main/java/socketlab/server");
        Files.writeString(server.resolve("ServerKu.java"), Files.readString(server.resolve("ServerKu.java")).replace(SERVE, serveWith));
        Files.copy(Path.of(HostileSandboxIT.class.getResource("/sandbox/Hostile.java").toURI()), server.resolve("Hostile.java"));
    }

    /** A submission of the server exercise only (the rest not handed in), whose ServerKu binds a fixed port. */
    private static void fixedPort(Path target) throws IOException {
        new Mutant("fixed-port", "server", "server", List.of(), "", "ServerKu.java", Set.of(), List.<String[]>of(new String[] {
            "server.bind(new InetSocketAddress(host, port), backlog);", "server.bind(new InetSocketAddress(host, 12345), backlog);"}))
                .writeInto(REPOSITORY.resolve("solutions"), target);
    }
}
