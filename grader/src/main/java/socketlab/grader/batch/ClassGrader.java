package socketlab.grader.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Problem;
import socketlab.grader.course.Text;
import socketlab.grader.grading.SubmissionGrader;
import socketlab.grader.launch.Folders;
import socketlab.grader.report.GradedWork;
import socketlab.grader.report.ReportFiles;
import socketlab.grader.result.Scorecard;
import socketlab.grader.result.Student;
import socketlab.grader.submission.Unzip;

/**
 * Grades a whole class, several submissions at once, each in its own work folder with its own
 * processes. Each student's result is written as soon as it is graded; a student already graded is
 * skipped unless regrading is asked for, so a killed run loses nothing it finished.
 */
public final class ClassGrader {
    /** Submissions graded at once, by default: four per core, the fastest measured (grader/bench/class.sh). */
    public static final int SUBMISSIONS_AT_ONCE_PER_CORE = 4;

    private final ClassResults results;
    private final int submissionsAtOnce;
    private final SubmissionGrader grader;
    private final Lang lang;

    /** What one student's grading gave: a scorecard, or the reason it could not be graded. */
    public record Result(Student student, Optional<Scorecard> card, Text problem) {
    }

    /**
     * A class's grader that writes into {@code results}, grading {@code submissionsAtOnce} submissions at once, each as
     * {@code grader} does; each student's files ({@link ReportFiles}, as {@code grade --out}'s) are in {@code lang}.
     */
    public ClassGrader(ClassResults results, int submissionsAtOnce, SubmissionGrader grader, Lang lang) {
        this.results = results;
        this.submissionsAtOnce = Math.max(1, submissionsAtOnce);
        this.grader = grader;
        this.lang = lang;
    }

    /** The default number of submissions at once on this machine. */
    public static int defaultSubmissionsAtOnce() {
        return SUBMISSIONS_AT_ONCE_PER_CORE * Runtime.getRuntime().availableProcessors();
    }

    /**
     * Grades the students that need it (all of them with {@code regrade}), telling {@code progress}
     * about each one as it ends; returns the results of those graded now.
     */
    public List<Result> grade(List<Student> students, boolean regrade, Consumer<Result> progress) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(submissionsAtOnce);
        try {
            List<Future<Result>> running = new ArrayList<>();
            for (Student student : students) {
                if (!regrade && results.isGraded(student)) {
                    continue;
                }
                running.add(pool.submit(() -> {
                    Result result = gradeOne(student);
                    progress.accept(result);
                    return result;
                }));
            }
            List<Result> ended = new ArrayList<>();
            for (Future<Result> future : running) {
                try {
                    ended.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("grading failed unexpectedly", e.getCause());
                }
            }
            return ended;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Where the results go, and what is graded there already. */
    public ClassResults results() {
        return results;
    }

    private Result gradeOne(Student student) {
        Path work = results.folder().resolve("work").resolve(results.folderOf(student).getFileName());
        try {
            Folders.deleteQuietly(work);
            Path submission = Unzip.zipsIn(student.work(), work.resolve("unpacked"));
            Scorecard card = grader.grade(student.id(), submission, work.resolve("grading"));
            ReportFiles.write(new GradedWork(card, student, lang, Map.of()), results.folderOf(student));
            return new Result(student, Optional.of(card), Text.same(""));
        } catch (Problem e) {
            return new Result(student, Optional.empty(), e.text());
        } catch (IOException | RuntimeException e) {
            return new Result(student, Optional.empty(), Text.same(String.valueOf(e.getMessage())));
        } finally {
            Folders.deleteQuietly(work);
        }
    }
}
