package socketlab.grader.batch;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import socketlab.grader.report.ReportFiles;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Student;

/**
 * The class's grades, built from every graded student's saved scorecard ({@link ClassResults#scorecardOf}): {@code gradebook.csv}
 * for Moodle and {@code tests.csv} with one column per hidden test.
 *
 * <p>{@code gradebook.csv} has the three columns that Moodle's assignment "Upload grading worksheet"
 * import looks for by their (English) names: {@code Identifier} ("Participant 12345" for a Moodle export),
 * {@code Grade} and {@code Last modified (grade)}; its {@code Email address} column serves the
 * gradebook's own CSV import. Between them: one column per exercise and the {@code Total} in points.
 */
public final class Gradebook {

    private Gradebook() {
    }

    /** The columns Moodle's grading worksheet import requires, by the names it looks for. */
    static final String IDENTIFIER = "Identifier";
    static final String GRADE = "Grade";
    static final String LAST_MODIFIED = "Last modified (grade)";
    /** A date and time PHP's strtotime, which Moodle's import uses, reads. */
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * Writes both CSV files into the results' folder and returns their paths; {@code maxGrade}, if given, is what a
     * full score is worth in the Grade column (the assignment's maximum grade in Moodle), else Grade = Total.
     */
    public static List<Path> write(List<Student> students, ClassResults grader, OptionalInt maxGrade) throws IOException {
        Path out = grader.folder();
        Map<Student, Map<String, Integer>> pointsByTest = new LinkedHashMap<>();
        Map<Student, Integer> maxPoints = new LinkedHashMap<>();
        Set<String> exercises = new LinkedHashSet<>();
        Set<String> tests = new LinkedHashSet<>();
        for (Student student : students) {
            if (!grader.isGraded(student)) {
                continue;
            }
            Map<String, Integer> points = new LinkedHashMap<>();
            for (Outcome outcome : grader.scorecardOf(student).orElseThrow().outcomes()) {
                String test = outcome.exercise().module() + ":" + outcome.test();
                exercises.add(outcome.exercise().module());
                tests.add(test);
                points.put(test, outcome.points());
                maxPoints.merge(student, outcome.maxPoints(), Integer::sum);
            }
            pointsByTest.put(student, points);
        }
        StringBuilder gradebook = new StringBuilder();
        StringBuilder perTest = new StringBuilder();
        List<String> gradebookHeader = new ArrayList<>(List.of(IDENTIFIER, "Full name", "Email address"));
        gradebookHeader.addAll(exercises);
        gradebookHeader.addAll(List.of("Total", GRADE, LAST_MODIFIED));
        List<String> testsHeader = new ArrayList<>(List.of(IDENTIFIER));
        testsHeader.addAll(tests);
        testsHeader.add("Total");
        try (CSVPrinter book = new CSVPrinter(gradebook, CSVFormat.DEFAULT.builder().setHeader(gradebookHeader.toArray(String[]::new)).get());
             CSVPrinter byTest = new CSVPrinter(perTest, CSVFormat.DEFAULT.builder().setHeader(testsHeader.toArray(String[]::new)).get())) {
            for (Map.Entry<Student, Map<String, Integer>> entry : pointsByTest.entrySet()) {
                Student student = entry.getKey();
                int total = entry.getValue().values().stream().mapToInt(Integer::intValue).sum();
                List<Object> row = new ArrayList<>(List.of(identifier(student), student.name(), student.email()));
                for (String exercise : exercises) {
                    row.add(entry.getValue().entrySet().stream().filter(test -> test.getKey().startsWith(exercise + ":"))
                            .mapToInt(Map.Entry::getValue).sum());
                }
                row.add(total);
                row.add(grade(total, maxPoints.getOrDefault(student, 0), maxGrade));
                row.add(MODIFIED.format(LocalDateTime.ofInstant(grader.gradedAt(student), ZoneId.systemDefault())));
                book.printRecord(row);
                List<Object> testRow = new ArrayList<>(List.of(identifier(student)));
                tests.forEach(test -> testRow.add(entry.getValue().getOrDefault(test, 0)));
                testRow.add(total);
                byTest.printRecord(testRow);
            }
        }
        return List.of(ReportFiles.atomically(out.resolve("gradebook.csv"), gradebook.toString()),
                ReportFiles.atomically(out.resolve("tests.csv"), perTest.toString()));
    }

    /** The total in points, or scaled to {@code maxGrade} with at most two decimals. */
    static String grade(int total, int maxPoints, OptionalInt maxGrade) {
        if (maxGrade.isEmpty() || maxPoints == 0) {
            return String.valueOf(total);
        }
        return BigDecimal.valueOf((long) total * maxGrade.getAsInt()).divide(BigDecimal.valueOf(maxPoints), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    /** Moodle's grading worksheet names a student "Participant <number>"; other layouts use their own id. */
    static String identifier(Student student) {
        return student.id().matches("\\d+") ? "Participant " + student.id() : student.id();
    }
}
