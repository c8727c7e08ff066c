package socketlab.grader.selfchecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.course.Exercise;

/**
 * The kit's self-checks on the systems students have, simulated on this Linux machine, as no Windows or macOS machine
 * is at hand: Windows' line ends ({@code line.separator} {@code \r\n}); Windows' services file, in
 * {@code %SystemRoot%\System32\drivers\etc}, with none in /etc (a mount namespace hides it); and macOS's loopback,
 * which holds only 127.0.0.1 (a network namespace whose lo has 127.0.0.1/32 alone). On each, the solutions pass (a
 * check that needs an address the system lacks is skipped, naming the command that adds it) and the stubs fail, with
 * the self-checks' words in either language. The namespaces need root and {@code unshare}: without them those two say
 * "skipped" and why, and -Pstrict ({@code socketlab.systems.required}) fails.
 */
@Tag("proof")
final class OtherSystemsTest {
    private static final List<String> WINDOWS_LINE_ENDS = List.of("-Dline.separator=\r\n");
    private static final String MACOS_LOOPBACK = "ip link set lo up && ip addr del 127.0.0.1/8 dev lo && ip addr add 127.0.0.1/32 dev lo";

    @TempDir
    Path temporary;

    @Test
    void withWindowsLineEndsTheSolutionsPassAndTheStubsFail() throws IOException, InterruptedException {
        assertSolutionsPassAndStubsFail(WINDOWS_LINE_ENDS, Map.of(), List.of());
    }

    @Test
    void aFailingSelfCheckShowsTheProgramsOwnErrorLineFirstAndNoIndexErrorInBothLanguages() throws IOException, InterruptedException {
        // PingKu lets the timeout of its second ping end it: exit code 1 and "PingKu: Receive timed out" on stderr
        String mutant = SelfCheckBuild.mutant("udp-ping-timeout-is-a-failure");
        SelfCheckRun english = SelfCheckRun.of(mutant, jvm("en", WINDOWS_LINE_ENDS), Map.of(), List.of());
        SelfCheckRun indonesian = SelfCheckRun.of(mutant, jvm("id", WINDOWS_LINE_ENDS), Map.of(), List.of());
        String inEnglish = failureOf(english, "PingKuSelfCheckTest.printsTheFirstReplyATimeoutForTheDroppedSecondAndTheLoss");
        String inIndonesian = failureOf(indonesian, "PingKuSelfCheckTest.printsTheFirstReplyATimeoutForTheDroppedSecondAndTheLoss");
        assertAll(
                () -> assertThat(inEnglish.lines().findFirst()).as(inEnglish).hasValueSatisfying(first -> assertThat(first)
                        .startsWith("PingKu ended with exit code 1: PingKu: ").containsIgnoringCase("timed out")),
                () -> assertThat(inEnglish).as("the check that failed, and what PingKu printed")
                        .contains("PingKu printed 1 line(s); line 2 never came", "  err| PingKu: ")
                        .doesNotContain("IndexOutOfBounds"),
                () -> assertThat(inIndonesian.lines().findFirst()).as(inIndonesian).hasValueSatisfying(first -> assertThat(first)
                        .startsWith("PingKu berhenti dengan kode keluar 1: PingKu: ")),
                () -> assertThat(inIndonesian).contains("PingKu mencetak 1 baris; baris ke-2 tidak pernah ada", "  err| PingKu: ")
                        .doesNotContain("IndexOutOfBounds"));
    }

    @Test
    void withTheServicesFileWhereWindowsKeepsItTheSolutionsPassAndTheStubsFail() throws IOException, InterruptedException {
        requireRootAndUnshare("--mount");
        Path systemRoot = temporary.resolve("Windows");
        Path etc = Files.createDirectories(systemRoot.resolve("System32/drivers/etc"));
        // as Windows writes it: a header, its own columns and comments, CR LF line ends
        Files.writeString(etc.resolve("services"), String.join("\r\n", "# Copyright (c) 1993-2004 Microsoft Corp.", "#",
                "echo                7/tcp", "domain             53/tcp                           #Domain Name Server",
                "domain             53/udp                           #Domain Name Server",
                "http               80/tcp    www www-http           #World Wide Web", ""));
        List<String> noServicesInEtc = List.of("unshare", "--mount", "sh", "-c", "mount --bind /dev/null /etc/services && exec \"$@\"", "sh");
        assertSolutionsPassAndStubsFail(List.of(), Map.of("SystemRoot", systemRoot.toString()), noServicesInEtc);
    }

    @Test
    void onALoopbackThatHoldsOnly127001AsOnMacosTheSolutionsPassOrSkipAndTheStubsFail() throws IOException, InterruptedException {
        requireRootAndUnshare("--net");
        List<String> macLoopback = List.of("unshare", "--net", "sh", "-c", MACOS_LOOPBACK + " && exec \"$@\"", "sh");
        // the JVM still knows it is on Linux, so a skip names Linux's command (LoopbackTest holds macOS's)
        SelfCheckRun english = assertSolutionsPassAndStubsFail(List.of(), Map.of(), macLoopback);
        SelfCheckRun indonesian = SelfCheckRun.of(SelfCheckBuild.solutions(), jvm("id", List.of()), Map.of(), macLoopback);
        assertAll(
                () -> assertThat(english.with("ABORTED")).as("the self-checks that need 127.0.0.2 and more: %s", english.output())
                        .isNotEmpty().allSatisfy(skipped -> assertThat(skipped.message())
                                .contains("skipped: this computer's loopback has no 127.0.0.").contains("sudo ip addr add 127.0.0.")),
                () -> assertThat(english.with("ABORTED")).extracting(SelfCheckRun.Result::message)
                        .anySatisfy(message -> assertThat(message).contains("add them with: sudo ip addr add 127.0.0.2/8 dev lo")),
                () -> assertThat(indonesian.with("FAILED")).as(indonesian.output()).isEmpty(),
                () -> assertThat(indonesian.with("ABORTED")).hasSameSizeAs(english.with("ABORTED")).allSatisfy(skipped -> assertThat(
                        skipped.message()).contains("dilewati: loopback komputer ini tidak punya 127.0.0.")));
    }

    /** The solutions pass (or skip) in English; the stubs fail everything they do not skip, in English and Indonesian. */
    private static SelfCheckRun assertSolutionsPassAndStubsFail(List<String> system, Map<String, String> environment, List<String> inside)
            throws IOException, InterruptedException {
        SelfCheckRun solutions = SelfCheckRun.of(SelfCheckBuild.solutions(), jvm("en", system), environment, inside);
        SelfCheckRun stubsEnglish = SelfCheckRun.of(SelfCheckBuild.stubs(), jvm("en", system), environment, inside);
        SelfCheckRun stubsIndonesian = SelfCheckRun.of(SelfCheckBuild.stubs(), jvm("id", system), environment, inside);
        int selfChecks = selfChecksWritten();
        assertAll(
                () -> assertThat(solutions.results()).as("the solutions' self-checks that ran: %s", solutions.output()).hasSize(selfChecks),
                () -> assertThat(solutions.with("FAILED")).as("the solutions' failed self-checks").isEmpty(),
                () -> assertThat(solutions.with("SUCCESSFUL")).as("the solutions' passed self-checks").hasSizeGreaterThan(selfChecks / 2),
                () -> assertThat(solutions.with("ABORTED")).extracting(SelfCheckRun.Result::test)
                        .as("the solutions' skipped self-checks").isSubsetOf(stubsEnglish.with("ABORTED").stream()
                                .map(SelfCheckRun.Result::test).toList()),
                () -> assertStubsFail(stubsEnglish, selfChecks),
                () -> assertStubsFail(stubsIndonesian, selfChecks));
        return solutions;
    }

    private static void assertStubsFail(SelfCheckRun stubs, int selfChecks) {
        assertAll(
                () -> assertThat(stubs.results()).as("the stubs' self-checks that ran: %s", stubs.output()).hasSize(selfChecks),
                () -> assertThat(stubs.with("SUCCESSFUL")).as("the stubs' passed self-checks").isEmpty(),
                () -> assertThat(stubs.with("FAILED")).as("the stubs' failed self-checks")
                        .allSatisfy(failed -> assertThat(failed.message()).contains("not implemented yet")),
                () -> assertThat(stubs.with("FAILED").stream().map(result -> result.test().replaceFirst("\\..*", "")).distinct())
                        .as("the exercises whose self-checks fail on the stubs").hasSize(Exercise.values().length));
    }

    private static String failureOf(SelfCheckRun run, String test) {
        return run.with("FAILED").stream().filter(result -> result.test().equals(test)).findFirst()
                .orElseThrow(() -> new AssertionError(test + " did not fail: " + run.output())).message();
    }

    private static List<String> jvm(String lang, List<String> system) {
        return Stream.concat(Stream.of("-Dselfcheck.lang=" + lang), system.stream()).toList();
    }

    /** How many self-checks the exercises' visible tests hold (their @Test methods). */
    private static int selfChecksWritten() throws IOException {
        int count = 0;
        for (Exercise exercise : Exercise.values()) {
            try (Stream<Path> files = Files.walk(SelfCheckBuild.REPOSITORY.resolve("exercises").resolve(exercise.module()).resolve("src/test"))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher tests = Pattern.compile("@Test\\b").matcher(Files.readString(file));
                    while (tests.find()) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** Skips (or under -Pstrict fails) unless this machine lets the test make a namespace of this kind. */
    private static void requireRootAndUnshare(String kind) throws IOException, InterruptedException {
        String missing = !"root".equals(System.getProperty("user.name")) ? "not root" : "";
        if (missing.isEmpty()) {
            Process probe = new ProcessBuilder("unshare", kind, "true").redirectErrorStream(true).start();
            missing = probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0 ? "" : "unshare " + kind + " refused here";
        }
        if (missing.isEmpty()) {
            return;
        }
        if (Boolean.getBoolean("socketlab.systems.required")) {
            fail(missing + ", and this build requires the simulated systems (-Pstrict); .ci/run runs as root");
        }
        Assumptions.abort("skipped: " + missing + "; the simulated system needs root and unshare " + kind);
    }
}
