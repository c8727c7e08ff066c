package socketlab.grader.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import socketlab.grader.course.Problem;
import socketlab.grader.course.Status;
import socketlab.grader.result.Outcome;

/**
 * What moved between two gradings: every student and test whose status or points differ, read from two results
 * folders, each either one submission's ({@code scorecard.json} in it) or a class's ({@code students/<id>/scorecard.json}).
 * A student or a test on one side only is a change too; a test is named {@code <exercise>:<test>}.
 */
public final class ResultsDiff {
    /** One student's result of one test, as a side of a change: absent where that side did not grade it. */
    public record Result(Status status, int points, int maxPoints) {
    }

    /** A student and test whose result moved; {@code before} or {@code after} is empty where that side has none. */
    public record Change(String student, String test, Optional<Result> before, Optional<Result> after) {
    }

    private final List<Change> changes;
    private final int students;
    private final int results;

    private ResultsDiff(List<Change> changes, int students, int results) {
        this.changes = List.copyOf(changes);
        this.students = students;
        this.results = results;
    }

    /** Compares the results in {@code before} with those in {@code after}. */
    public static ResultsDiff of(Path before, Path after) throws IOException {
        Map<String, Map<String, Result>> old = read(before);
        Map<String, Map<String, Result>> now = read(after);
        TreeSet<String> everyStudent = new TreeSet<>(old.keySet());
        everyStudent.addAll(now.keySet());
        List<Change> changes = new ArrayList<>();
        int results = 0;
        for (String student : everyStudent) {
            Map<String, Result> was = old.getOrDefault(student, Map.of());
            Map<String, Result> is = now.getOrDefault(student, Map.of());
            TreeSet<String> everyTest = new TreeSet<>(was.keySet());
            everyTest.addAll(is.keySet());
            for (String test : everyTest) {
                results++;
                Optional<Result> from = Optional.ofNullable(was.get(test));
                Optional<Result> to = Optional.ofNullable(is.get(test));
                if (!from.equals(to)) {
                    changes.add(new Change(student, test, from, to));
                }
            }
        }
        return new ResultsDiff(changes, everyStudent.size(), results);
    }

    /** The changes, by student, then test. */
    public List<Change> changes() {
        return changes;
    }

    /** How many students either side graded. */
    public int students() {
        return students;
    }

    /** How many results (a student's test) were compared. */
    public int results() {
        return results;
    }

    /** Each student's results by test, from one folder. */
    private static Map<String, Map<String, Result>> read(Path folder) throws IOException {
        Map<String, Map<String, Result>> byStudent = new TreeMap<>();
        if (Files.isRegularFile(folder.resolve(ScorecardFile.NAME))) {
            byStudent.put("-", results(folder));
            return byStudent;
        }
        Path students = folder.resolve("students");
        if (!Files.isDirectory(students)) {
            throw new Problem("diff.noResults", folder);
        }
        try (Stream<Path> each = Files.list(students)) {
            for (Path student : each.filter(path -> Files.isRegularFile(path.resolve(ScorecardFile.NAME))).sorted().toList()) {
                byStudent.put(student.getFileName().toString(), results(student));
            }
        }
        return byStudent;
    }

    private static Map<String, Result> results(Path folder) throws IOException {
        Map<String, Result> byTest = new TreeMap<>();
        List<Outcome> outcomes;
        try {
            outcomes = ScorecardFile.read(folder).outcomes();
        } catch (IOException | RuntimeException unreadable) {
            throw new Problem("diff.unreadable", folder.resolve(ScorecardFile.NAME), unreadable.getMessage());
        }
        for (Outcome outcome : outcomes) {
            byTest.put(outcome.exercise().module() + ":" + outcome.test(),
                    new Result(outcome.status(), outcome.points(), outcome.maxPoints()));
        }
        return byTest;
    }
}
