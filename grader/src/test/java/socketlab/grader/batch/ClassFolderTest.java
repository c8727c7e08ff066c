package socketlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.result.Student;

/** The class folder's layout gives each student's id: Moodle's number, a GitHub username, or the entry's name. */
final class ClassFolderTest {

    @TempDir
    Path folder;

    @Test
    void readsMoodlesDownloadAllSubmissions() throws IOException {
        Files.createDirectories(folder.resolve("Ani Lestari_101_assignsubmission_file_"));
        Files.createDirectories(folder.resolve("Budi Santoso_202_assignsubmission_file_"));
        assertThat(ClassFolder.read(folder)).extracting(Student::id, Student::name)
                .containsExactly(tuple("101", "Ani Lestari"), tuple("202", "Budi Santoso"));
    }

    @Test
    void readsGitHubClassroomRepositories() throws IOException {
        Files.createDirectories(folder.resolve("socket-lab-tugas1-ani99"));
        Files.createDirectories(folder.resolve("socket-lab-tugas1-budi-s"));
        assertThat(ClassFolder.read(folder)).extracting(Student::id).containsExactly("ani99", "budi-s");
    }

    @Test
    void readsPlainFoldersAndZipsAndIgnoresOtherFiles() throws IOException {
        Files.createDirectories(folder.resolve("citra"));
        Files.writeString(folder.resolve("dodi.zip"), "");
        Files.writeString(folder.resolve("notes.txt"), "");
        assertThat(ClassFolder.read(folder)).extracting(Student::id).containsExactly("citra", "dodi");
    }

    @Test
    void takesNamesAndEmailsFromARoster() throws IOException {
        Files.createDirectories(folder.resolve("class/citra"));
        Path roster = Files.writeString(folder.resolve("roster.csv"), "NIM,Name,Email\ncitra,Citra Dewi,citra@example.ac.id\n");
        Student citra = Roster.read(roster).complete(ClassFolder.read(folder.resolve("class")).get(0));
        assertThat(citra).extracting(Student::name, Student::email).containsExactly("Citra Dewi", "citra@example.ac.id");
    }
}
