package socketlab.grader.batch;

import com.fasterxml.jackson.core.type.TypeReference;
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
import socketlab.grader.launch.Folders;
import socketlab.grader.report.ReportFiles;
import socketlab.grader.report.ScorecardFile;
import socketlab.grader.report.StudentFile;
import socketlab.grader.result.Scorecard;
import socketlab.grader.result.Student;
import socketlab.grader.similarity.ClassWork;
import socketlab.grader.similarity.Compared;
import socketlab.grader.similarity.SimilarityCsv;

/**
 * A class's results folder, as {@code grader class} writes it and {@code grader merge} joins it: one folder per
 * graded student under {@code students/} (the files {@link ReportFiles} writes for one grading, the same as
 * {@code grade --out}'s, the saved scorecard last, the mark of done), and the class's gradebook, {@code tests.csv} and
 * report beside it.
 */
public final class ClassResults {
    /** The compared work, pairs and matching lines, as saved for the class report. */
    public static final String SIMILARITY = "similarity.json";
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
        return ReportFiles.graded(folderOf(student));
    }

    /** When the student was graded (when the result was written); the epoch if not graded. */
    public Instant gradedAt(Student student) throws IOException {
        Path result = folderOf(student).resolve(ScorecardFile.NAME);
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
            for (Path student : each.filter(ReportFiles::graded).sorted().toList()) {
                graded.add(StudentFile.read(student));
            }
        }
        graded.sort(Comparator.comparing(Student::id));
        return graded;
    }

    /** The compared work saved here; none if the work was not compared. */
    public List<Compared> compared() throws IOException {
        Path saved = folder.resolve(SIMILARITY);
        return Files.isRegularFile(saved) ? JSON.readValue(saved.toFile(), new TypeReference<List<Compared>>() { }) : List.of();
    }

    /** Writes the class's gradebook, {@code tests.csv} and report over {@code students}; returns their paths. */
    public List<Path> summarize(List<Student> students, OptionalInt maxGrade) throws IOException {
        List<Path> files = new ArrayList<>(Gradebook.write(students, this, maxGrade));
        files.addAll(ClassReport.write(students, this));
        return files;
    }

    /**
     * Compares the students' work exercise by exercise, the stubs in {@code kitExercises} taken out, and writes
     * {@code similarity.csv}, and {@link #SIMILARITY} (the pairs with their matching lines, for the class report); returns the
     * CSV's path. The work is unpacked into a scratch folder of this run, deleted after,
     * so a later run never reads a zip's files from an earlier hand-in.
     */
    public Path compareWork(List<Student> students, Path kitExercises) throws IOException {
        Path scratch = Files.createTempDirectory(Files.createDirectories(folder.resolve("work")), "similarity");
        try {
            List<Compared> compared = new ClassWork(kitExercises, scratch).compare(students);
            ReportFiles.atomically(folder.resolve(SIMILARITY), JSON.writeValueAsString(compared));
            return ReportFiles.atomically(folder.resolve(SimilarityCsv.FILE), SimilarityCsv.of(compared));
        } finally {
            Folders.deleteQuietly(scratch);
        }
    }
}
