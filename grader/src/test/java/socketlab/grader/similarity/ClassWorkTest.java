package socketlab.grader.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.result.Student;

final class ClassWorkTest {
    private static final Path REPOSITORY = Path.of("..");

    @Test
    void writesARowPerPairOfStudentsWhoHandedInAnExercise(@TempDir Path folder) throws IOException, URISyntaxException {
        Path ana = copy(REPOSITORY.resolve("solutions/client"), folder.resolve("ana/client"));
        Path renamed = Path.of(ClassWorkTest.class.getResource("/similarity/renamed/ClientKu.java").toURI());
        Path citra = copy(REPOSITORY.resolve("solutions/client"), folder.resolve("citra/client"));
        Files.copy(renamed, citra.resolve("src/main/java/socketlab/client/ClientKu.java"), StandardCopyOption.REPLACE_EXISTING);
        copy(REPOSITORY.resolve("exercises/client"), folder.resolve("dewi/client"));
        Path eko = zip(ana, folder.resolve("eko.zip"));
        List<Student> students = List.of(student("ana", folder.resolve("ana")), student("citra", folder.resolve("citra")),
                student("dewi", folder.resolve("dewi")), student("eko", eko));

        List<Compared> compared = new ClassWork(REPOSITORY.resolve("exercises"), Files.createDirectories(folder.resolve("work")))
                .compare(students);

        assertThat(compared).extracting(Compared::leftOut).allMatch(List::isEmpty);
        assertThat(SimilarityCsv.of(compared).lines()).containsExactly(
                "exercise,student_a,student_b,similarity",
                "client,ana,eko,100.0",
                "client,ana,citra,89.5",
                "client,citra,eko,89.5",
                "client,ana,dewi,0.0",
                "client,citra,dewi,0.0",
                "client,dewi,eko,0.0");
    }

    private static Student student(String id, Path work) {
        return new Student(id, "", "", work);
    }

    private static Path copy(Path module, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(module.resolve("src"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(module.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return target;
    }

    private static Path zip(Path folder, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file);
                Stream<Path> files = Files.walk(folder)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new ZipEntry(folder.relativize(source).toString().replace('\\', '/')));
                Files.copy(source, out);
                out.closeEntry();
            }
        }
        return zip;
    }
}
