package socketlab.grader.batch;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a class run's tests.csv back, for tests and benchmarks that compare two runs. */
public final class TestsCsv {

    private TestsCsv() {
    }

    /** tests.csv in {@code out} as student id → (column → value): a column per hidden test, and Total. */
    public static Map<String, Map<String, String>> pointsPerTest(Path out) throws IOException {
        try (Reader reader = Files.newBufferedReader(out.resolve("tests.csv"))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).stream()
                    .collect(Collectors.toMap(row -> row.get("Identifier"), CSVRecord::toMap));
        }
    }
}
