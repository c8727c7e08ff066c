package socketlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;
import socketlab.grader.cli.GradeClassCommand;
import socketlab.grader.course.Exercise;
import socketlab.grader.docker.DockerEngine;
import socketlab.grader.docker.SandboxImage;
import socketlab.grader.report.ReportFiles;

/**
 * A small class in mixed layouts is graded in one command; the gradebook has a row per student; a re-run
 * grades nothing again, and --only regrades just the ids it names.
 */
@Tag("proof")
final class ClassGradingTest {
    static final Path REPOSITORY = TestRepository.root();

    @TempDir
    Path work;

    @Test
    void gradesAClassResumesAndRegradesOnlyWhatIsAsked() throws IOException {
        Path submissions = work.resolve("class");
        Path moodle = Files.createDirectories(submissions.resolve("Ani Lestari_101_assignsubmission_file_"));
        ClassSubmissions.zip(moodle.resolve("tugas.zip"), List.of(Exercise.SERVER, Exercise.CLIENT), false);
        ClassSubmissions.copySolutions(submissions.resolve("budi"), List.of(Exercise.values()));
        ClassSubmissions.zip(submissions.resolve("citra.zip"), List.of(Exercise.CLIENT), true);
        Path roster = Files.writeString(work.resolve("roster.csv"), "id,name,email\nbudi,Budi Santoso,budi@example.ac.id\n");
        Path out = work.resolve("out");

        String first = run(submissions.toString(), "--out", out.toString(), "--roster", roster.toString(), "--submissions-at-once", "2",
                "--lang", "en");
        List<String> gradebook = Files.readAllLines(out.resolve("gradebook.csv"));
        FileTime budiGraded = Files.getLastModifiedTime(out.resolve("students/budi/scorecard.json"));
        String second = run(submissions.toString(), "--out", out.toString(), "--submissions-at-once", "2", "--interop", "1", "--lang", "en");
        FileTime budiAfterResume = Files.getLastModifiedTime(out.resolve("students/budi/scorecard.json"));
        FileTime aniAfterResume = Files.getLastModifiedTime(out.resolve("students/101/scorecard.json"));
        String similarity = Files.readString(out.resolve("similarity.csv"));
        Files.delete(out.resolve("similarity.csv"));
        String third = run(submissions.toString(), "--out", out.toString(), "--only", "budi", "--no-similarity", "--lang", "id");

        // budi's other-addresses: 14 points on loopback, and 6 on other hosts where a Docker engine answers
        int onOtherHosts = DockerEngine.available() ? 6 : 0;
        // and DetailPaket's 31 points, 2 more for its live capture where the engine answers and this machine has tcpdump
        int liveCapture = DockerEngine.available() && SandboxImage.capturing() ? 2 : 0;
        assertAll(
                () -> assertThat(first).contains("3 submissions, 3 to grade"),
                () -> assertThat(gradebook.get(0)).isEqualTo("Identifier,Full name,Email address,"
                        + Arrays.stream(Exercise.values()).map(exercise -> exercise.module() + ",").collect(Collectors.joining())
                        + "Total,Grade,Last modified (grade)"),
                () -> assertThat(gradebook).anySatisfy(row -> assertThat(row).startsWith("Participant 101,Ani Lestari,,21,0,14,0,0,0,0,0,0,0,35")),
                () -> assertThat(gradebook).anySatisfy(row -> assertThat(row).startsWith("budi,Budi Santoso,budi@example.ac.id,21,18,14,14,"
                        + (14 + onOtherHosts) + ",21,19,25,17," + (31 + liveCapture) + "," + (194 + onOtherHosts + liveCapture) + ",")),
                () -> assertThat(gradebook).anySatisfy(row -> assertThat(row).startsWith("citra,,,0,0,0,0,0,0,0,0,0,0,0")),
                () -> assertThat(out.resolve("students/citra/feedback.id.md")).content().contains("gagal dikompilasi"),
                () -> assertThat(Files.list(out.resolve("students/budi")).map(path -> path.getFileName().toString()))
                        .as("the same files as grade --out's, and the interop run's").containsExactlyInAnyOrderElementsOf(
                                Stream.concat(ReportFiles.names().stream(), Stream.of(InteropFiles.STUDENT_FILE)).toList()),
                () -> assertThat(second).as("the matrix after a run that grades nothing").contains("interop: "),
                () -> assertThat(Files.readAllLines(out.resolve("interop.csv"))).as("the matrix").contains(
                        "looping-server,budi,reference,passed,", "looping-server,budi,seed,passed,", "concurrent-server,budi,reference,passed,",
                        "udp-server,budi,reference,passed,", "framed-server,reference,budi,passed,",
                        "looping-server,citra,reference,not run,ClientKu did not compile",
                        "framed-server,reference,101,not run,ServerPesanKu was not handed in"),
                () -> assertThat(out.resolve("students/budi/interop.md")).as("budi's own meetings, the classmates' ids hidden").content()
                        .contains("ClientKu (yours)", "ServerKu2 (the course's)").doesNotContain("101", "citra"),
                () -> assertThat(out.resolve("class-report.en.html")).content().contains("data-client=\"budi\" data-server=\"seed\""),
                () -> assertThat(out.resolve("students/citra/feedback.en.html")).content().contains("did not compile"),
                () -> assertThat(out.resolve("tests.csv")).content().contains("server:printsThePortItActuallyBound"),
                () -> assertThat(out.resolve("class-report.en.html")).content().contains("3 submissions graded.")
                        .contains("<svg").contains("did not compile</h2>\n<ul>\n<li>citra: client</li>"),
                () -> assertThat(out.resolve("class-report.id.html")).content().contains("laporan kelas"),
                () -> assertThat(similarity).as("the same solutions, the client that does not compile left out")
                        .contains("server,101,budi,100.0", "client,101,budi,100.0").doesNotContain("citra"),
                () -> assertThat(out.resolve("work")).as("each grading's and the comparison's scratch deleted after its run")
                        .isEmptyDirectory(),
                () -> assertThat(second).contains("3 submissions, 0 to grade, 3 graded before"),
                () -> assertThat(budiAfterResume).isEqualTo(budiGraded),
                () -> assertThat(third).as("in the language asked for").contains("1 kiriman, 1 dinilai"),
                () -> assertThat(third).as("--no-similarity").contains("similarity.csv: tidak ditulis (--no-similarity)"),
                () -> assertThat(out.resolve("similarity.csv")).as("not written again with --no-similarity").doesNotExist(),
                () -> assertThat(Files.getLastModifiedTime(out.resolve("students/101/scorecard.json"))).isEqualTo(aniAfterResume),
                () -> assertThat(Files.getLastModifiedTime(out.resolve("students/budi/scorecard.json"))).isNotEqualTo(budiGraded));
    }

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String[] all = Stream.concat(Stream.of(args), Stream.of("--repository", REPOSITORY.toString())).toArray(String[]::new);
        int code = GradeClassCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8), all);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as("exit code; output:%n%s", text).isZero();
        return text;
    }
}
