package socketlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.cli.GraderCommand;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Text;
import socketlab.grader.interop.InteropPlan;
import socketlab.grader.interop.Meeting;
import socketlab.grader.result.Student;

/** Which shard runs which meeting, how the shards' meetings are joined, and what a student is shown of them. */
final class ClassInteropTest {
    private static final List<Student> CLASS = IntStream.range(0, 9).mapToObj(i -> new Student("s" + i, "", "", Path.of("s" + i))).toList();

    @TempDir
    Path work;

    @Test
    void theShardsOfAClassRunEveryMeetingOnceAcrossShardsToo() {
        List<InteropPlan.Planned> whole = ClassInterop.owned(CLASS, Shard.WHOLE, 3);
        List<InteropPlan.Planned> byShards = new ArrayList<>();
        for (int index = 0; index < 4; index++) {
            byShards.addAll(ClassInterop.owned(CLASS, new Shard(index, 4), 3));
        }
        assertThat(byShards).containsExactlyInAnyOrderElementsOf(whole).doesNotHaveDuplicates();
        assertThat(whole).as("pairs of students in different shards").anyMatch(planned -> CLASS.stream()
                .filter(student -> student.id().equals(planned.client()) || student.id().equals(planned.server()))
                .map(student -> Math.floorMod(student.id().hashCode(), 4)).distinct().count() == 2);
    }

    @Test
    void mergeJoinsTheShardsMeetingsAndWritesTheClassAndStudentFiles() throws IOException {
        Path first = shard("first", new Meeting(Exercise.CONCURRENT_SERVER, "s1", "s2", Meeting.Result.FAILED,
                Text.of("ClientKu sent \"x\"", "ClientKu mengirim \"x\""), List.of("ClientKu -> server: \"x\\n\"")));
        Path second = shard("second", new Meeting(Exercise.FRAMED_SERVER, Meeting.REFERENCE, "s2", Meeting.Result.PASSED,
                Text.same(""), List.of()));
        Path merged = work.resolve("merged");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = GraderCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, "merge", first.toString(),
                second.toString(), "--out", merged.toString(), "--lang", "en");

        assertAll(
                () -> assertThat(code).as(out.toString(StandardCharsets.UTF_8)).isZero(),
                () -> assertThat(ClassInterop.read(merged)).hasSize(2),
                () -> assertThat(Files.readAllLines(merged.resolve("interop.csv"))).containsExactly("exercise,client,server,result,why",
                        "concurrent-server,s1,s2,failed,\"ClientKu sent \"\"x\"\"\"", "framed-server,reference,s2,passed,"),
                () -> assertThat(merged.resolve("students/s1/interop.md")).content().contains("ClientKu (yours)",
                        "ServerKu3 (a classmate's)", "failed", "ClientKu -> server").doesNotContain("s2"),
                () -> assertThat(merged.resolve("students/s2/interop.md")).content().contains("ServerKu3 (yours)",
                        "ClientKu (a classmate's)", "ClientPesanKu (the course's)", "ServerPesanKu (yours)").doesNotContain("s1"),
                () -> assertThat(merged.resolve("class-report.en.html")).content().contains("data-client=\"s1\" data-server=\"s2\""));
    }

    @Test
    void aStudentsPageIsInTheRunsLanguage() {
        String page = InteropFiles.page("s1", List.of(new Meeting(Exercise.UDP_SERVER, "s1", Meeting.SEED, Meeting.Result.NOT_RUN,
                Text.of("PingKu is not written yet (a stub)", "PingKu belum dibuat (masih stub)"), List.of())), Lang.ID);
        assertThat(page).contains("Program Anda dengan program lain", "PingKu (milik Anda)", "tidak dijalankan", "PingKu belum dibuat")
                .doesNotContain("not written");
    }

    /** A shard's results folder: one graded student each (s1, s2), and its meetings. */
    private Path shard(String name, Meeting meeting) throws IOException {
        ClassResults results = new ClassResults(work.resolve(name));
        String id = name.equals("first") ? "s1" : "s2";
        GradedStudents.save(results, new Student(id, "", "", Path.of(id)), 1, 2);
        ClassInterop.save(results, List.of(meeting));
        return results.folder();
    }
}
