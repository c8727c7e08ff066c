package socketlab.grader.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import socketlab.grader.course.Problem;
import socketlab.grader.result.Student;

/**
 * A class roster: a CSV with a header naming an {@code id} column (also {@code username} or
 * {@code idnumber}) and optionally {@code name} and {@code email}, mapping each student's id to a name and
 * an email address.
 */
public final class Roster {
    private final Map<String, String[]> byId;

    private Roster(Map<String, String[]> byId) {
        this.byId = byId;
    }

    /** An empty roster, for a class graded without one. */
    public static Roster none() {
        return new Roster(Map.of());
    }

    /** Reads a roster CSV; a file without an id column is refused with a message that names the columns. */
    public static Roster read(Path csv) throws IOException {
        Map<String, String[]> byId = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(reader);
            Map<String, Integer> header = new HashMap<>();
            records.getHeaderMap().forEach((column, index) -> header.put(column.toLowerCase(Locale.ROOT), index));
            String id = List.of("id", "username", "idnumber", "student", "nim").stream().filter(header::containsKey).findFirst()
                    .orElseThrow(() -> new Problem("roster.noId", csv.getFileName(), records.getHeaderNames()));
            for (CSVRecord record : records) {
                byId.put(record.get(header.get(id)), new String[] {value(record, header, "name"), value(record, header, "email")});
            }
        }
        return new Roster(byId);
    }

    /** The student with the roster's name and email, if the roster has the id. */
    public Student complete(Student student) {
        String[] known = byId.get(student.id());
        return known == null ? student : student.named(known[0], known[1]);
    }

    private static String value(CSVRecord record, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= record.size() ? "" : record.get(index);
    }
}
