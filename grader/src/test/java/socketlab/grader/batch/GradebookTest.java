package socketlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.OptionalInt;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.result.Student;

/**
 * gradebook.csv is what Moodle's assignment "Upload grading worksheet" import reads: it finds the
 * columns "Identifier", "Grade" and "Last modified (grade)" by name, takes the number after "Participant "
 * as the participant id of the "download all submissions" export, and reads the date with PHP's strtotime.
 */
final class GradebookTest {

    @TempDir
    Path out;

    @Test
    void hasTheColumnsMoodlesGradingWorksheetImportLooksFor() throws IOException {
        List<CSVRecord> rows = gradebook(OptionalInt.empty());

        assertAll(
                () -> assertThat(rows.get(0).getParser().getHeaderNames()).startsWith("Identifier", "Full name", "Email address")
                        .contains("Grade", "Last modified (grade)", "Total", "server", "client"),
                () -> assertThat(rows).extracting(row -> row.get("Identifier")).containsExactly("Participant 101", "budi"),
                () -> assertThat(rows).extracting(row -> row.get("Grade")).containsExactly("32", "65"),
                () -> assertThat(rows).extracting(row -> row.get("Total")).containsExactly("32", "65"),
                () -> assertThat(rows).extracting(row -> row.get("server")).containsExactly("12", "22"),
                () -> assertThat(LocalDateTime.parse(rows.get(0).get("Last modified (grade)"),
                        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"))).isAfter(LocalDateTime.now().minusHours(1)));
    }

    @Test
    void scalesTheGradeToTheAssignmentsMaximumGrade() throws IOException {
        List<CSVRecord> rows = gradebook(OptionalInt.of(100));

        assertAll(
                () -> assertThat(rows).extracting(row -> row.get("Grade")).containsExactly("49.23", "100"),
                () -> assertThat(rows).extracting(row -> row.get("Total")).containsExactly("32", "65"));
    }

    @Test
    void leavesOutStudentsNotGradedYet() throws IOException {
        Student ungraded = new Student("citra", "", "", out);

        Gradebook.write(List.of(ungraded), new ClassResults(out), OptionalInt.empty());

        assertThat(Files.readAllLines(out.resolve("gradebook.csv"))).hasSize(1);
    }

    private List<CSVRecord> gradebook(OptionalInt maxGrade) throws IOException {
        ClassResults results = new ClassResults(out);
        Student moodle = new Student("101", "Ani Lestari", "", out);
        Student plain = new Student("budi", "Budi Santoso", "budi@example.ac.id", out);
        GradedStudents.save(results, moodle, 12, 20);
        GradedStudents.save(results, plain, 22, 43);
        Gradebook.write(List.of(moodle, plain), results, maxGrade);
        try (Reader reader = Files.newBufferedReader(out.resolve("gradebook.csv"))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
