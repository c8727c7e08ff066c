package socketlab.grader.selfchecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kit's scorecard, run as the kit's mvnw runs it after Maven ({@code java Scorecard.java <marker> <Maven's
 * arguments>}, the JDK's single-file launch), on Surefire reports laid out as the kit's build writes them: it counts
 * this run's reports only, lists each failed check with its message's first line, counts skipped checks apart, says
 * nothing when no self-check ran, works from an exercise's folder, and speaks the language {@code -Dselfcheck.lang}
 * chooses.
 */
final class ScorecardTest {
    private static final Path SCORECARD = SelfCheckBuild.REPOSITORY.resolve("exercises/selfcheck/src/main/java/socketlab/selfcheck/Scorecard.java");
    private static final Instant STARTED = Instant.parse("2026-01-01T10:00:00Z");

    @TempDir
    Path kit;

    @Test
    void listsEachExerciseOfThisRunWithItsFailedChecksFirstLinesAndLeavesOlderReportsOut() throws Exception {
        report("server", STARTED.plusSeconds(5), passed("repliesWithTheSeedsGreeting"));
        report("udp-ping", STARTED.plusSeconds(9), passed("printsTheSummary"),
                failed("printsATimeoutForTheDroppedSecond", "PingKu printed nothing for the second ping\nits error lines: Receive timed out"),
                "<testcase name=\"needs127002\"><skipped/></testcase>");
        report("client", STARTED.minusSeconds(60), failed("anOldRun", "from an earlier run"));
        String card = card(kit, "-Dselfcheck.lang=en", "test");
        assertThat(card.lines().toList()).containsExactly("",
                "== socket-lab self-checks: 2 of 3 pass ==",
                "  server    1/1  pass",
                "  udp-ping  1/2 (1 skipped)  failed:",
                "    - printsATimeoutForTheDroppedSecond: PingKu printed nothing for the second ping",
                "The whole message and the program's output are above. Fix the first one, then run again.");
    }

    @Test
    void speaksIndonesianWhenAskedAndSaysEveryCheckPassesWhenNoneFailed() throws Exception {
        report("server", STARTED.plusSeconds(5), passed("repliesWithTheSeedsGreeting"));
        String card = card(kit, "test", "-Dselfcheck.lang=id");
        assertAll(
                () -> assertThat(card).contains("== Cek mandiri socket-lab: 1 dari 1 lulus ==", "  server  1/1  lulus"),
                () -> assertThat(card.strip()).endsWith("Semua cek mandiri lulus. Nilai tetap dari tes tersembunyi dosen."));
    }

    @Test
    void saysNothingWhenThisRunWroteNoReportAsAfterPackageWithoutTests() throws Exception {
        report("server", STARTED.minusSeconds(5), failed("anOldRun", "from an earlier run"));
        assertThat(card(kit, "-q", "package", "-DskipTests")).isEmpty();
    }

    @Test
    void readsTheReportsOfTheExerciseItRunsIn() throws Exception {
        report("udp-ping", STARTED.plusSeconds(5), failed("printsTheSummary", "expected \"3 packets\""));
        report("server", STARTED.plusSeconds(5), passed("repliesWithTheSeedsGreeting"));
        assertThat(card(kit.resolve("udp-ping"), "-Dselfcheck.lang=en", "test"))
                .contains("== socket-lab self-checks: 0 of 1 pass ==", "  udp-ping  0/1  failed:", "printsTheSummary: expected \"3 packets\"")
                .doesNotContain("server");
    }

    private void report(String module, Instant written, String... cases) throws IOException {
        Path reports = Files.createDirectories(kit.resolve(module).resolve("target/surefire-reports"));
        Path report = reports.resolve("TEST-socketlab." + module.replace("-", "") + ".SelfCheckTest.xml");
        Files.writeString(report, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"" + module + "\">\n" + String.join("\n", cases)
                + "\n</testsuite>\n");
        Files.setLastModifiedTime(report, FileTime.from(written));
    }

    private static String passed(String name) {
        return "<testcase name=\"" + name + "\" classname=\"SelfCheckTest\" time=\"0.1\"/>";
    }

    private static String failed(String name, String message) {
        return "<testcase name=\"" + name + "\"><failure message=\"" + message.replace("\"", "&quot;").replace("\n", "&#10;")
                + "\" type=\"org.opentest4j.AssertionFailedError\">stack</failure></testcase>";
    }

    /** Runs the scorecard in {@code folder} as the wrapper does, with a marker made when the run started. */
    private String card(Path folder, String... mavenArguments) throws IOException, InterruptedException {
        Path marker = Files.createTempFile(kit, "started", "");
        Files.setLastModifiedTime(marker, FileTime.from(STARTED));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", SCORECARD.toString(), marker.toString()));
        command.addAll(List.of(mavenArguments));
        Process run = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("the scorecard ended").isTrue();
        assertThat(run.exitValue()).as("the scorecard's exit code; its output:%n%s", output).isZero();
        return output;
    }
}
