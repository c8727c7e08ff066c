package socketlab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Status;
import socketlab.grader.grading.Outcomes;
import socketlab.grader.report.ScorecardFile;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/** {@code grader diff}: what a regrade moved, student by student and test by test; nothing moved is said so. */
final class DiffCommandTest {
    @TempDir
    Path folder;

    @Test
    void saysNothingMovedWhenARerunGivesTheSameStatusAndPoints() throws IOException {
        Path before = classOf("old", "ahmad", Status.PASSED, Status.FAILED);
        classOf("old", "budi", Status.PASSED, Status.PASSED);
        Path after = classOf("new", "ahmad", Status.PASSED, Status.FAILED);
        classOf("new", "budi", Status.PASSED, Status.PASSED);

        Printed diff = diff("--lang", "en", before.toString(), after.toString());

        assertThat(diff.exit).isZero();
        assertThat(diff.out).isEqualTo("nothing moved: the same status and points for each of 4 results (students: 2)\n");
    }

    @Test
    void listsEveryStudentAndTestWhoseStatusOrPointsMovedAndExitsWithOne() throws IOException {
        Path before = classOf("old", "ahmad", Status.PASSED, Status.FAILED);
        classOf("old", "budi", Status.PASSED, Status.PASSED);
        Path after = classOf("new", "ahmad", Status.PASSED, Status.TIMED_OUT);
        classOf("new", "budi", Status.FAILED, Status.PASSED);
        classOf("new", "citra", Status.PASSED, Status.PASSED);

        Printed diff = diff("--lang", "en", before.toString(), after.toString());

        assertThat(diff.exit).isEqualTo(1);
        assertThat(diff.out.lines()).containsExactly(
                "ahmad  server:greets: failed 0/2 -> timed out 0/2",
                "budi  server:binds: passed 2/2 -> failed 0/2",
                "citra  server:binds: (not graded) -> passed 2/2",
                "citra  server:greets: (not graded) -> passed 2/2",
                "4 of 6 results moved (students: 3)");
    }

    @Test
    void comparesTwoGradingsOfOneSubmissionInTheLanguageAskedFor() throws IOException {
        Path before = graded(folder.resolve("one-old"), Status.PASSED, Status.PASSED);
        Path after = graded(folder.resolve("one-new"), Status.PASSED, Status.FAILED);

        Printed diff = diff("--lang", "id", before.toString(), after.toString());

        assertThat(diff.exit).isEqualTo(1);
        assertThat(diff.out.lines()).containsExactly("-  server:greets: lulus 2/2 -> gagal 0/2", "1 dari 2 hasil berubah (mahasiswa: 1)");
    }

    @Test
    void refusesAFolderWithoutResultsInOneLineWithExitCodeTwo() throws IOException {
        Path after = graded(folder.resolve("one"), Status.PASSED, Status.PASSED);

        Printed diff = diff("--lang", "en", folder.resolve("nowhere").toString(), after.toString());

        assertThat(diff.exit).isEqualTo(2);
        assertThat(diff.err).startsWith("grader: no results in ").endsWith("(students/<id>/scorecard.json)\n").hasLineCount(1);
        assertThat(diff.out).isEmpty();
    }

    @Test
    void refusesAScorecardItCannotReadInOneLineWithExitCodeTwo() throws IOException {
        Path broken = Files.createDirectories(folder.resolve("broken"));
        Files.writeString(broken.resolve(ScorecardFile.NAME), "{\"outcomes\": [{\"status\": \"LOST\"}]}");
        Path after = graded(folder.resolve("one"), Status.PASSED, Status.PASSED);

        Printed diff = diff("--lang", "en", broken.toString(), after.toString());

        assertThat(diff.exit).isEqualTo(2);
        assertThat(diff.err).startsWith("grader: cannot read " + broken.resolve(ScorecardFile.NAME)).hasLineCount(1);
    }

    @Test
    void explainsItselfInTheLanguageAskedFor() {
        assertThat(diff("--help", "--lang", "en").out).startsWith("grader diff - what a regrade moved")
                .contains("Usage: grader diff [-hV] [--lang=<lang>] <old> <new>", "0 nothing moved, 1 something did");
        assertThat(diff("--help", "--lang", "id").out).startsWith("grader diff - apa yang berubah karena penilaian ulang")
                .contains("Pemakaian: grader diff", "Hasil lama: folder --out");
    }

    /** A class's results folder {@code name} with one more student, whose two tests ended so. */
    private Path classOf(String name, String student, Status binds, Status greets) throws IOException {
        Path results = folder.resolve(name);
        graded(results.resolve("students").resolve(student), binds, greets);
        return results;
    }

    private static Path graded(Path results, Status binds, Status greets) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        outcomes.add(outcome("binds", binds));
        outcomes.add(outcome("greets", greets));
        ScorecardFile.write(new Scorecard("work", outcomes, 2, 1000, 100), Files.createDirectories(results));
        return results;
    }

    private static Outcome outcome(String test, Status status) {
        return Outcomes.of(Exercise.SERVER, test, 2, status);
    }

    private static Printed diff(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("diff"));
        all.addAll(List.of(args));
        int exit = GraderCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                all.toArray(String[]::new));
        return new Printed(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Printed(int exit, String out, String err) {
    }
}
