package socketlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;
import socketlab.grader.cli.GradeClassCommand;
import socketlab.grader.corpus.Mutant;

/**
 * A generated class mixes hostile and broken submissions with correct ones. Every submission is graded
 * to completion, the correct ones still score full marks, and nothing a hostile one started outlives
 * the run. The hostile ones hand in their one exercise's module (as the corpus's mutants do), so the class grades
 * quickly; each loses points in that exercise's column of the gradebook.
 */
@Tag("proof")
final class HostileClassTest {
    static final Path REPOSITORY = TestRepository.root();
    static final String SPAWNED = "317";

    @TempDir
    Path work;

    @Test
    void hostileSubmissionsCostOnlyThemselves() throws IOException {
        Path submissions = work.resolve("class");
        correct(submissions.resolve("correct-1"));
        correct(submissions.resolve("correct-2"));
        hostile(submissions.resolve("no-compile"), "server", "ServerKu.java", "return server.accept();", "return server.accept()");
        hostile(submissions.resolve("hangs-in-accept"), "server", "ServerKu.java", "            closeConnection(conn);\n",
                "            closeConnection(conn);\n            server.accept();\n");
        hostile(submissions.resolve("system-exit"), "client", "ClientKu.java", "        out.println(receiveLine(s));\n",
                "        out.println(receiveLine(s));\n        System.exit(0);\n");
        hostile(submissions.resolve("floods-output"), "looping-server", "ServerKu2.java",
                "            while (options.served < options.maxClients) {\n",
                "            while (options.port >= 0) {\n                out.println(\"flood flood flood flood\");\n            }\n"
                        + "            while (options.served < options.maxClients) {\n");
        hostile(submissions.resolve("starts-processes"), "looping-server", "ServerKu2.java", "        ServerSocket server = new ServerSocket();\n",
                "        new ProcessBuilder(\"sleep\", \"" + SPAWNED + "\").start();\n        ServerSocket server = new ServerSocket();\n");
        hostile(submissions.resolve("writes-outside"), "client", "ClientKu.java", "        close(s);\n",
                "        close(s);\n        java.nio.file.Files.writeString(java.nio.file.Path.of(\"../../../../escaped.txt\"), \"x\");\n");
        for (String id : List.of("fixed-port-1", "fixed-port-2")) {
            hostile(submissions.resolve(id), "server", "ServerKu.java", "server.bind(new InetSocketAddress(host, port), backlog);",
                    "server.bind(new InetSocketAddress(host, 12345), backlog);");
        }
        Path out = work.resolve("out");

        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int code = GradeClassCommand.execute(new PrintStream(output, true, StandardCharsets.UTF_8),
                new PrintStream(output, true, StandardCharsets.UTF_8), submissions.toString(), "--out", out.toString(),
                "--submissions-at-once", "2", "--no-similarity", "--lang", "en", "--repository", REPOSITORY.toString());

        Map<String, Integer> totals = column(out.resolve("gradebook.csv"), "Total");
        Set<String> leftOver = ProcessHandle.allProcesses().filter(process -> process.info().commandLine()
                .filter(line -> line.contains("sleep " + SPAWNED)).isPresent()).map(process -> process.info().commandLine().get())
                .collect(Collectors.toSet());
        assertAll(
                () -> assertThat(code).as("exit code; output:%n%s", output.toString(StandardCharsets.UTF_8)).isZero(),
                () -> assertThat(totals).as("every submission graded").hasSize(10),
                () -> assertThat(totals).as("the correct ones, graded beside hostile ones")
                        .containsEntry("correct-1", TestRepository.fullMarks()).containsEntry("correct-2", TestRepository.fullMarks()),
                // the two that bind port 12345 are graded too, but their own score depends on who holds the port
                // at the moment: only a network of their own (a container each) would make it repeatable
                () -> assertThat(losesIn(out, "no-compile", "server")).as("no-compile's server points").isTrue(),
                () -> assertThat(losesIn(out, "hangs-in-accept", "server")).as("hangs-in-accept's server points").isTrue(),
                () -> assertThat(losesIn(out, "system-exit", "client")).as("system-exit's client points").isTrue(),
                () -> assertThat(losesIn(out, "floods-output", "looping-server")).as("floods-output's looping-server points").isTrue(),
                () -> assertThat(leftOver).as("processes a submission started, still running").isEmpty());
    }

    /** Whether the submission scored less in the exercise's column than a correct one. */
    private static boolean losesIn(Path out, String id, String module) throws IOException {
        Map<String, Integer> points = column(out.resolve("gradebook.csv"), module);
        return points.get(id) < points.get("correct-1");
    }

    private static Map<String, Integer> column(Path gradebook, String name) throws IOException {
        try (Reader reader = Files.newBufferedReader(gradebook)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .stream().collect(Collectors.toMap(row -> row.get("Identifier"), row -> Integer.parseInt(row.get(name))));
        }
    }

    private static void correct(Path target) throws IOException {
        Mutant.writeCorrect(REPOSITORY.resolve("solutions"), target);
    }

    /** A submission of the one module, the solution's with the edit. */
    private static void hostile(Path target, String module, String file, String from, String to) throws IOException {
        new Mutant("hostile", module, module, List.of(), "", file, Set.of(), List.<String[]>of(new String[] {from, to}))
                .writeInto(REPOSITORY.resolve("solutions"), target);
    }
}
