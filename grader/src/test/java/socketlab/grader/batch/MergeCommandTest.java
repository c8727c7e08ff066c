package socketlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.cli.GraderCommand;
import socketlab.grader.report.ScorecardFile;
import socketlab.grader.result.Student;

/**
 * {@code grader merge} joins shards' results into one folder whose gradebook, tests.csv and report are those of one
 * folder holding the whole class, with shard 0's similarity.csv (it compares the whole class); a student graded in two
 * shards and a folder without results are refused in one line.
 */
final class MergeCommandTest {
    @TempDir
    Path work;

    @Test
    void joinsShardsIntoTheGradebookOfTheWholeClass() throws IOException {
        ClassResults whole = new ClassResults(work.resolve("whole"));
        ClassResults first = new ClassResults(work.resolve("shard-0"));
        ClassResults second = new ClassResults(work.resolve("shard-1"));
        List<Student> students = List.of(student("101", "Ani Lestari"), student("budi", "Budi Santoso"), student("citra", ""));
        for (int n = 0; n < students.size(); n++) {
            GradedStudents.save(n == 1 ? second : first, students.get(n), 10 + n, 20 + n);
            Path graded = GradedStudents.save(whole, students.get(n), 10 + n, 20 + n);
            Files.setLastModifiedTime(graded.resolve(ScorecardFile.NAME),
                    Files.getLastModifiedTime(new ClassResults(n == 1 ? second.folder() : first.folder()).folderOf(students.get(n))
                            .resolve(ScorecardFile.NAME)));
        }
        whole.summarize(students, OptionalInt.of(100));
        Files.writeString(first.folder().resolve("similarity.csv"), "exercise,student_a,student_b,similarity\nclient,101,budi,100.0\n");

        Run merge = run("merge", first.folder().toString(), second.folder().toString(), "--out", work.resolve("merged").toString(),
                "--max-grade", "100", "--lang", "en");

        Path merged = work.resolve("merged");
        assertAll(
                () -> assertThat(merge.code()).as(merge.output()).isZero(),
                () -> assertThat(merge.output()).contains("merged 3 students from 2 shards").contains("gradebook.csv"),
                () -> assertThat(merged.resolve("gradebook.csv")).hasSameTextualContentAs(whole.folder().resolve("gradebook.csv")),
                () -> assertThat(merged.resolve("tests.csv")).hasSameTextualContentAs(whole.folder().resolve("tests.csv")),
                () -> assertThat(merged.resolve("class-report.id.html")).hasSameTextualContentAs(whole.folder().resolve("class-report.id.html")),
                () -> assertThat(merged.resolve("gradebook.csv")).content().contains("Participant 101,Ani Lestari,,10,20,30,46.15,"),
                () -> assertThat(merged.resolve("similarity.csv")).as("shard 0's, of the whole class")
                        .hasSameTextualContentAs(first.folder().resolve("similarity.csv")),
                () -> assertThat(new ClassResults(merged).graded()).extracting(Student::id).containsExactly("101", "budi", "citra"));
    }

    @Test
    void refusesAStudentGradedInTwoShards() throws IOException {
        GradedStudents.save(new ClassResults(work.resolve("a")), student("budi", ""), 1, 2);
        GradedStudents.save(new ClassResults(work.resolve("b")), student("budi", ""), 3, 4);

        Run merge = run("merge", work.resolve("a").toString(), work.resolve("b").toString(), "--out", work.resolve("m").toString(),
                "--lang", "en");

        assertAll(
                () -> assertThat(merge.code()).isEqualTo(2),
                () -> assertThat(merge.output().strip()).isEqualTo("grader: budi is graded in two shards, " + work.resolve("a") + " and "
                        + work.resolve("b") + ": grade each student in one shard (the same --shard count everywhere)"),
                () -> assertThat(work.resolve("m/gradebook.csv")).doesNotExist());
    }

    @Test
    void refusesAFolderThatHoldsNoClassResultsInTheLanguageAskedFor() throws IOException {
        Files.createDirectories(work.resolve("empty"));

        Run merge = run("merge", work.resolve("empty").toString(), "--out", work.resolve("m").toString(), "--lang", "id");

        assertAll(
                () -> assertThat(merge.code()).isEqualTo(2),
                () -> assertThat(merge.output()).contains("tidak ada hasil kelas di " + work.resolve("empty")).doesNotContain("Exception"));
    }

    @Test
    void explainsItselfInBothLanguages() {
        assertAll(
                () -> assertThat(run("merge", "--help", "--lang", "en").output()).contains("join a class graded in shards"),
                () -> assertThat(run("merge", "--help", "--lang", "id").output()).contains("menggabungkan kelas yang dinilai per bagian"),
                () -> assertThat(run("class", "--help", "--lang", "en").output()).contains("--shard=<i>/<n>"));
    }

    private static Student student(String id, String name) {
        return new Student(id, name, "", Path.of(id));
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = GraderCommand.execute(print, print, args);
        return new Run(code, out.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String output) {
    }
}
