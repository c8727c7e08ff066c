package socketlab.grader.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import socketlab.grader.launch.Folders;
import socketlab.grader.course.Problem;
import socketlab.grader.course.Text;
import socketlab.grader.grading.Grader;
import socketlab.grader.grading.Scorecard;
import socketlab.grader.submission.Unzip;

/**
 * Grades a whole class, several submissions at once, each in its own work folder with its own
 * processes. Each student's result is written as soon as it is graded; a student already graded is
 * skipped unless regrading is asked for, so a killed run loses nothing it finished.
 */
public final class ClassGrader {
    private final Path out;
    private final int jobs;
    private final SubmissionGrading grading;

    /** What one student's grading gave: a scorecard, or the reason it could not be graded. */
    public record Result(Student student, Optional<Scorecard> card, Text problem) {
    }

    /**
     * A grader that writes into {@code out}, grading {@code jobs} submissions at once as processes here, each with
     * {@code testsAtOnce} hidden tests at once and within {@code timeLimit}.
     */
    public ClassGrader(Path kitExercises, Path out, int jobs, int testsAtOnce, Duration timeLimit) {
        this(out, jobs, (id, submission, work) -> new Grader(kitExercises, work, Math.max(1, testsAtOnce), Optional.empty())
                .withTimeLimit(timeLimit).grade(id, submission));
    }

    /** A grader that writes into {@code out}, grading {@code jobs} submissions at once, each as {@code grading} does. */
    public ClassGrader(Path out, int jobs, SubmissionGrading grading) {
        this.out = out;
        this.jobs = Math.max(1, jobs);
        this.grading = grading;
    }

    /** Where a student's files go. */
    public Path folderOf(Student student) {
        return out.resolve("students").resolve(student.id().replaceAll("[^A-Za-z0-9._-]", "_"));
    }

    /**
     * Grades the students that need it (all of them with {@code regrade}), telling {@code progress}
     * about each one as it ends; returns the results of those graded now.
     */
    public List<Result> grade(List<Student> students, boolean regrade, Consumer<Result> progress) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<Result>> running = new ArrayList<>();
            for (Student student : students) {
                if (!regrade && StudentReports.graded(folderOf(student))) {
                    continue;
                }
                running.add(pool.submit(() -> {
                    Result result = gradeOne(student);
                    progress.accept(result);
                    return result;
                }));
            }
            List<Result> results = new ArrayList<>();
            for (Future<Result> future : running) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("grading failed unexpectedly", e.getCause());
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Whether the student is already graded in the output folder. */
    public boolean isGraded(Student student) {
        return StudentReports.graded(folderOf(student));
    }

    /** When the student was graded (when the result was written); the epoch if not graded. */
    public Instant gradedAt(Student student) throws IOException {
        Path result = folderOf(student).resolve(StudentReports.DONE);
        return Files.exists(result) ? Files.getLastModifiedTime(result).toInstant() : Instant.EPOCH;
    }

    /** The rows of a graded student's {@code scorecard.csv}, one per hidden test; empty if not graded. */
    public List<CSVRecord> scorecardRows(Student student) throws IOException {
        if (!isGraded(student)) {
            return List.of();
        }
        try (Reader reader = Files.newBufferedReader(folderOf(student).resolve("scorecard.csv"))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private Result gradeOne(Student student) {
        Path work = out.resolve("work").resolve(folderOf(student).getFileName());
        try {
            Folders.deleteQuietly(work);
            Path submission = unpacked(student.work(), work.resolve("unpacked"));
            Scorecard card = grading.grade(student.id(), submission, work.resolve("grading"));
            StudentReports.write(student, card, folderOf(student));
            return new Result(student, Optional.of(card), Text.same(""));
        } catch (Problem e) {
            return new Result(student, Optional.empty(), e.text());
        } catch (IOException | RuntimeException e) {
            return new Result(student, Optional.empty(), Text.same(String.valueOf(e.getMessage())));
        } finally {
            Folders.deleteQuietly(work);
        }
    }

    /** A folder of zips (as Moodle hands them over) is graded as the zips' contents. */
    static Path unpacked(Path work, Path into) throws IOException {
        if (!Files.isDirectory(work)) {
            return work;
        }
        List<Path> zips;
        boolean hasJava;
        try (Stream<Path> walk = Files.walk(work)) {
            List<Path> files = walk.filter(Files::isRegularFile).toList();
            hasJava = files.stream().anyMatch(file -> file.toString().endsWith(".java"));
            zips = files.stream().filter(ClassFolder::isZip).toList();
        }
        if (hasJava || zips.isEmpty()) {
            return work;
        }
        AtomicInteger n = new AtomicInteger();
        for (Path zip : zips) {
            Unzip.into(zip, into.resolve(n.incrementAndGet() + "-" + zip.getFileName().toString().replace(".zip", "")));
        }
        return into;
    }
}
