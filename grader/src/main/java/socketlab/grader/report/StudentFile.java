package socketlab.grader.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import socketlab.grader.result.Student;

/**
 * Whose work a grading's folder holds, as {@code student.json}: id, name, email and where the work was; what
 * {@code grader merge} and a class's gradebook read to name a folder's student.
 */
public final class StudentFile {
    /** The file's name in a grading's folder. */
    public static final String NAME = "student.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private StudentFile() {
    }

    /** Writes who the student is into {@code folder}, whole or not at all. */
    public static Path write(Student student, Path folder) throws IOException {
        String work = student.work() == null ? "" : student.work().toString();
        return ReportFiles.atomically(folder.resolve(NAME), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                JSON.createObjectNode().put("id", student.id()).put("name", student.name()).put("email", student.email())
                        .put("work", work)) + "\n");
    }

    /** The student a folder belongs to; a folder without {@code student.json} is named by its folder. */
    public static Student read(Path folder) throws IOException {
        Path saved = folder.resolve(NAME);
        if (!Files.isRegularFile(saved)) {
            return new Student(folder.getFileName().toString(), "", "", folder);
        }
        JsonNode student = JSON.readTree(saved.toFile());
        return new Student(student.path("id").asText(), student.path("name").asText(), student.path("email").asText(),
                Path.of(student.path("work").asText()));
    }
}
