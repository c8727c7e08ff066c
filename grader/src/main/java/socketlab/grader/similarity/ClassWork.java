package socketlab.grader.similarity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Problem;
import socketlab.grader.result.Student;
import socketlab.grader.submission.ExerciseSources;
import socketlab.grader.submission.SourceFinder;
import socketlab.grader.submission.Unzip;

/**
 * Compares a class's work exercise by exercise ({@link ClassSimilarity}): each student's Java files of the exercise,
 * found as the grader finds them however the work was packed (a zip is unpacked under {@code work} first), against the
 * kit's stubs. A student who did not hand in an exercise is in none of its pairs.
 */
public final class ClassWork {
    private final Path kitExercises;
    private final Path work;

    /** Work of a class, compared with the stubs in {@code kitExercises}, using {@code work} as a scratch folder. */
    public ClassWork(Path kitExercises, Path work) {
        this.kitExercises = kitExercises;
        this.work = work;
    }

    /**
     * Every exercise compared, in the course's order. Work that cannot be read (a damaged zip: its grading said so) is in
     * no pair.
     */
    public List<Compared> compare(List<Student> students) throws IOException {
        Map<String, Path> folders = new LinkedHashMap<>();
        for (Student student : students) {
            try {
                folders.put(student.id(), folderOf(student));
            } catch (Problem unreadable) {
                // graded as "could not grade", with this problem's words
            }
        }
        List<Compared> exercises = new ArrayList<>();
        for (Exercise exercise : Exercise.values()) {
            Map<String, List<Path>> sources = new LinkedHashMap<>();
            folders.forEach((id, folder) -> new SourceFinder(folder, kitExercises).find(exercise)
                    .map(ExerciseSources::javaFiles).ifPresent(files -> sources.put(id, files)));
            exercises.add(new ClassSimilarity(work.resolve("compared")).compare(exercise, sources, stubs(exercise)));
        }
        return exercises;
    }

    private Path folderOf(Student student) throws IOException {
        return Unzip.asFolder(student.work(), work.resolve("unzipped").resolve(student.id()));
    }

    /** The kit's own Java files of the exercise, found in the kit as in any submission. */
    private List<Path> stubs(Exercise exercise) {
        return new SourceFinder(kitExercises, kitExercises).find(exercise).map(ExerciseSources::javaFiles)
                .orElseThrow(() -> new IllegalStateException("the kit in " + kitExercises + " has no " + exercise.program() + ".java"));
    }
}
