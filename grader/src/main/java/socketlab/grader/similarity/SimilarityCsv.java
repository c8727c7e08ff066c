package socketlab.grader.similarity;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** {@code similarity.csv}: a row per pair of students and exercise, {@code exercise,student_a,student_b,similarity} (0 to 100). */
public final class SimilarityCsv {
    /** The file's name in a class's results folder. */
    public static final String FILE = "similarity.csv";

    private SimilarityCsv() {
    }

    /** Every exercise's pairs as the file's text, the similarity with one decimal. */
    public static String of(List<Compared> exercises) throws IOException {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader("exercise", "student_a", "student_b", "similarity").get())) {
            for (SimilarPair pair : exercises.stream().flatMap(exercise -> exercise.pairs().stream()).toList()) {
                csv.printRecord(pair.exercise().module(), pair.first(), pair.second(), String.format(Locale.ROOT, "%.1f", pair.percent()));
            }
        }
        return text.toString();
    }
}
