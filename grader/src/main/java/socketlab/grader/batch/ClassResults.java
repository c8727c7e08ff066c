package socketlab.grader.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import socketlab.grader.report.ReportFiles;
import socketlab.grader.report.ScorecardFile;
import socketlab.grader.result.Scorecard;

/**
 * A class's results folder, as {@code grader class} writes it and {@code grader merge} joins it: one folder per
 * graded student under {@code students/} (who it is in {@code student.json}, the saved scorecard, and
 * {@code results.json} last, the mark of done), and the class's gradebook, {@code tests.csv} and report beside it.
 */
public final class ClassResults {
    /** Who a student's folder belongs to: id, name, email and where the work was. */
    static final String STUDENT = "student.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;

    /** The results in {@code folder}. */
    public ClassResults(Path folder) {
        this.folder = folder;
    }

    /** The folder itself. */
    public Path folder() {
        return folder;
    }

    /** Where a student's files go. */
    public Path folderOf(Student student) {
        return folder.resolve("students").resolve(student.id().replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /** Whether the student is graded here. */
    public boolean isGraded(Student student) {
        return StudentReports.graded(folderOf(student));
    }

    /** When the student was graded (when the result was written); the epoch if not graded. */
    public Instant gradedAt(Student student) throws IOException {
        Path result = folderOf(student).resolve(StudentReports.DONE);
        return Files.exists(result) ? Files.getLastModifiedTime(result).toInstant() : Instant.EPOCH;
    }

    /** A graded student's scorecard, as its saved form ({@link ScorecardFile}) holds it; empty if not graded. */
    public Optional<Scorecard> scorecardOf(Student student) throws IOException {
        if (!isGraded(student)) {
            return Optional.empty();
        }
        return Optional.of(ScorecardFile.read(folderOf(student), student.id()));
    }

    /** Every student graded here, by id, as each one's {@code student.json} names them. */
    public List<Student> graded() throws IOException {
        Path students = folder.resolve("students");
        if (!Files.isDirectory(students)) {
            return List.of();
        }
        List<Student> graded = new ArrayList<>();
        try (Stream<Path> each = Files.list(students)) {
            for (Path student : each.filter(StudentReports::graded).sorted().toList()) {
                graded.add(read(student));
            }
        }
        graded.sort(Comparator.comparing(Student::id));
        return graded;
    }

    /** Writes the class's gradebook, {@code tests.csv} and report over {@code students}; returns their paths. */
    public List<Path> summarize(List<Student> students, OptionalInt maxGrade) throws IOException {
        List<Path> files = new ArrayList<>(Gradebook.write(students, this, maxGrade));
        files.addAll(ClassReport.write(students, this));
        return files;
    }

    /** Saves who the student is into their folder. */
    static void save(Student student, Path into) throws IOException {
        String work = student.work() == null ? "" : student.work().toString();
        ReportFiles.atomically(into.resolve(STUDENT), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                JSON.createObjectNode().put("id", student.id()).put("name", student.name()).put("email", student.email())
                        .put("work", work)) + "\n");
    }

    /** The student a folder belongs to; a folder from before {@code student.json} is named by its folder. */
    private static Student read(Path folder) throws IOException {
        Path saved = folder.resolve(STUDENT);
        if (!Files.isRegularFile(saved)) {
            return new Student(folder.getFileName().toString(), "", "", folder);
        }
        JsonNode student = JSON.readTree(saved.toFile());
        return new Student(student.path("id").asText(), student.path("name").asText(), student.path("email").asText(),
                Path.of(student.path("work").asText()));
    }
}
