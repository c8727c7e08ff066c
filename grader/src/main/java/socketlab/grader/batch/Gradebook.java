package socketlab.grader.batch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import socketlab.grader.report.ReportFiles;

/**
 * The class's grades, built from every graded student's {@code scorecard.csv}: {@code gradebook.csv}
 * for Moodle's grade import (an identifier column, then one column per exercise and the total) and
 * {@code tests.csv} with one column per hidden test.
 */
public final class Gradebook {

    private Gradebook() {
    }

    /** Writes both CSV files into {@code out} and returns their paths. */
    public static List<Path> write(List<Student> students, ClassGrader grader, Path out) throws IOException {
        Map<Student, Map<String, Integer>> pointsByTest = new LinkedHashMap<>();
        Set<String> exercises = new LinkedHashSet<>();
        Set<String> tests = new LinkedHashSet<>();
        for (Student student : students) {
            if (!grader.isGraded(student)) {
                continue;
            }
            Map<String, Integer> points = new LinkedHashMap<>();
            for (CSVRecord row : grader.scorecardRows(student)) {
                exercises.add(row.get("exercise"));
                tests.add(row.get("exercise") + ":" + row.get("test"));
                points.put(row.get("exercise") + ":" + row.get("test"), Integer.parseInt(row.get("points")));
            }
            pointsByTest.put(student, points);
        }
        StringBuilder gradebook = new StringBuilder();
        StringBuilder perTest = new StringBuilder();
        List<String> gradebookHeader = new ArrayList<>(List.of("Identifier", "Full name", "Email address"));
        gradebookHeader.addAll(exercises);
        gradebookHeader.add("Total");
        List<String> testsHeader = new ArrayList<>(List.of("Identifier"));
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

    /** Moodle's grading worksheet names a student "Participant <number>"; other layouts use their own id. */
    static String identifier(Student student) {
        return student.id().matches("\\d+") ? "Participant " + student.id() : student.id();
    }
}
