package socketlab.grader.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;
import socketlab.grader.result.Student;

/** The scorecard's files and its terminal form say the same thing, in the language asked for. */
final class ReportsTest {
    private static final Scorecard CARD = new Scorecard("tugas.zip", List.of(
            new Outcome(Exercise.SERVER, "greetsTheClientWithTheExactText", new Text("greets the client", "menyapa client"), 2,
                    Status.PASSED, Text.same(""), "server#send", Duration.ofMillis(300), Outcome.Attempt.RETRIED),
            new Outcome(Exercise.SERVER, "servesExactlyOneClient", new Text("serves one client", "melayani satu client"), 3,
                    Status.TIMED_OUT, new Text("still running | after 5 s", "masih berjalan | setelah 5 detik"), "server#accept",
                    Duration.ofSeconds(5), Outcome.Attempt.FIRST)), 2, 6000, 900);

    @TempDir
    Path folder;

    @Test
    void writesGradescopeResultsWithEveryTest() throws IOException {
        ReportFiles.write(new GradedWork(CARD, new Student("work", "", "", null), Lang.EN, Map.of()), folder);
        JsonNode results = new ObjectMapper().readTree(folder.resolve("results.json").toFile());
        JsonNode failed = results.get("tests").get(1);
        assertAll(
                () -> assertThat(results.get("score").asInt()).isEqualTo(2),
                () -> assertThat(results.get("tests").findValues("max_score")).extracting(JsonNode::asInt).containsExactly(2, 3),
                () -> assertThat(results.get("tests")).hasSize(2),
                () -> assertThat(failed.get("name").asText()).isEqualTo("server: serves one client"),
                () -> assertThat(failed.get("score").asInt()).isZero(),
                () -> assertThat(failed.get("max_score").asInt()).isEqualTo(3),
                () -> assertThat(failed.get("status").asText()).isEqualTo("failed"),
                () -> assertThat(failed.get("visibility").asText()).isEqualTo("visible"),
                () -> assertThat(failed.get("output").asText())
                        .isEqualTo("timed out: still running | after 5 s\n\nreread: `handouts/en/server.md#accept`"));
    }

    @Test
    void saysHowManyPointsWereNotTestedAndNeverCountsThemPassed() throws IOException {
        Scorecard card = CARD.with(List.of(new Outcome(Exercise.OTHER_ADDRESSES, "aServerOnIpv6LoopbackTakesIpv6ClientsOnly",
                new Text("a server on ::1", "server di ::1"), 2, Status.SKIPPED,
                new Text("no IPv6 loopback", "tidak ada loopback IPv6"), "other-addresses#ipv6", Duration.ZERO,
                Outcome.Attempt.FIRST)));
        ReportFiles.write(new GradedWork(card, new Student("work", "", "", null), Lang.EN, Map.of()), folder);
        JsonNode results = new ObjectMapper().readTree(folder.resolve("results.json").toFile());
        JsonNode skipped = results.get("tests").get(2);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        new TerminalReport(Lang.ID, false).print(card, new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertAll(
                () -> assertThat(results.get("score").asInt()).isEqualTo(2),
                () -> assertThat(results.get("output").asText()).startsWith("socket-lab scorecard - tugas.zip: 2/7"),
                () -> assertThat(results.get("output").asText()).endsWith(
                        "\nnot tested here: 2 point(s) in 1 skipped test(s), not counted as passed (see each one's reason)"),
                () -> assertThat(skipped.get("score").asInt()).isZero(),
                () -> assertThat(skipped.get("max_score").asInt()).as("a skipped test is worth 0 of 0 on Gradescope").isZero(),
                () -> assertThat(skipped.has("status")).as("no status: neither passed nor failed").isFalse(),
                () -> assertThat(skipped.get("tags")).extracting(JsonNode::asText).contains("skipped"),
                () -> assertThat(skipped.get("output").asText())
                        .isEqualTo("not tested here (no IPv6 loopback): 2 point(s) not counted, neither passed nor failed"),
                () -> assertThat(folder.resolve("scorecard.md")).content().contains("⏭️ skipped | 0/2")
                        .contains("not tested here: 2 point(s)"),
                () -> assertThat(folder.resolve("scorecard.csv")).content().contains("other-addresses,aServerOnIpv6LoopbackTakesIpv6ClientsOnly,"
                        + "a server on ::1,skipped,0,2,no IPv6 loopback,,first"),
                () -> assertThat(printed.toString(StandardCharsets.UTF_8)).contains("dilewati").contains("sebab: tidak ada loopback IPv6")
                        .contains("tidak diuji di sini: 2 poin dalam 1 tes yang dilewati")
                        .doesNotContain("baca lagi: handouts/id/other-addresses.md"));
    }

    @Test
    void showsAFailedTestsConversationBelowItsReasonAndKeepsAPassedTestToOneLine() throws IOException {
        Text transcript = new Text("ran: ServerKu --host 127.0.0.1 --port 0\nServerKu printed \"Listening on 127.0.0.1:40213\"\n"
                + "the test received \"Selamat\\n\"\n✗ wrong greeting", "menjalankan: ServerKu --host 127.0.0.1 --port 0\n"
                + "ServerKu mencetak \"Listening on 127.0.0.1:40213\"\ntes menerima \"Selamat\\n\"\n✗ salam salah");
        Scorecard card = new Scorecard("tugas", List.of(new Outcome(Outcome.Kind.TEST, Exercise.SERVER, "greetsTheClientWithTheExactText",
                new Text("greets the client", "menyapa client"), 2, Status.FAILED, new Text("wrong greeting", "salam salah"), "server#send",
                Duration.ZERO, Outcome.Attempt.FIRST, transcript), CARD.outcomes().get(0)), 1, 10, 1);
        ReportFiles.write(new GradedWork(card, new Student("work", "", "", null), Lang.EN, Map.of()), folder);
        JsonNode failed = new ObjectMapper().readTree(folder.resolve("results.json").toFile()).get("tests").get(0);
        ByteArrayOutputStream collapsed = new ByteArrayOutputStream();
        ByteArrayOutputStream verbose = new ByteArrayOutputStream();
        new TerminalReport(Lang.ID, false).print(card, new PrintStream(collapsed, true, StandardCharsets.UTF_8));
        new TerminalReport(Lang.ID, false, true).print(card, new PrintStream(verbose, true, StandardCharsets.UTF_8));
        assertAll(
                () -> assertThat(failed.get("output_format").asText()).isEqualTo("md"),
                () -> assertThat(failed.get("output").asText()).startsWith("failed: wrong greeting\n\nreread: `handouts/en/server.md#send`")
                        .contains("```text\nran: ServerKu --host 127.0.0.1 --port 0\n").endsWith("✗ wrong greeting\n```\n"),
                () -> assertThat(folder.resolve("scorecard.md")).content().contains("| ❌ failed | 0/2 | greets the client | wrong greeting")
                        .contains("<details><summary>greets the client: what happened</summary>")
                        .contains("the test received \"Selamat\\n\""),
                () -> assertThat(collapsed.toString(StandardCharsets.UTF_8)).contains("sebab: salam salah").doesNotContain("menjalankan"),
                () -> assertThat(verbose.toString(StandardCharsets.UTF_8)).contains("yang terjadi:\n        menjalankan: ServerKu")
                        .contains("        ✗ salam salah"),
                () -> assertThat(card.outcomes().get(1).hasTranscript()).as("a passed test stays one line").isFalse());
    }

    @Test
    void writesACsvRowPerTestAndAMarkdownTable() throws IOException {
        ReportFiles.write(new GradedWork(CARD, new Student("work", "", "", null), Lang.ID, Map.of()), folder);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Files.readString(folder.resolve("scorecard.csv")))).getRecords();
        String markdown = Files.readString(folder.resolve("scorecard.md"));
        assertAll(
                () -> assertThat(rows).hasSize(2),
                () -> assertThat(rows.get(1).get("status")).isEqualTo("timed_out"),
                () -> assertThat(rows.get(0).get("attempt")).isEqualTo("retried"),
                () -> assertThat(rows.get(1).get("attempt")).isEqualTo("first"),
                () -> assertThat(markdown).contains("| ✅ lulus (diulang) |"),
                () -> assertThat(rows.get(1).get("reason")).isEqualTo("masih berjalan | setelah 5 detik"),
                () -> assertThat(rows.get(1).get("reread")).isEqualTo("handouts/id/server.md#accept"),
                () -> assertThat(markdown).startsWith("## rapor socket-lab: 2/5 (40.0%)"),
                () -> assertThat(markdown).contains("| ❌ melewati batas waktu | 0/3 | melayani satu client | masih berjalan \\| setelah 5 detik"));
    }

    @Test
    void colorsTheTerminalOnlyWhenAsked() {
        String plain = print(new TerminalReport(Lang.EN, false));
        String colored = print(new TerminalReport(Lang.EN, true));
        assertAll(
                () -> assertThat(plain).doesNotContain("\u001B[").contains("timed out").contains("passed (retried)").contains("Total: 2/5 (40.0%)")
                        .contains("reread: handouts/en/server.md#accept"),
                () -> assertThat(colored).contains("\u001B[32m").contains("\u001B[33m"));
    }

    private static String print(TerminalReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        report.print(CARD, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
