package socketlab.grader.interop;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import socketlab.grader.course.Lang;

/** {@code interop.csv}: a row per meeting, {@code exercise,client,server,result,why}, the why in one language, empty where passed. */
public final class InteropCsv {
    /** The file's name in a class's results folder. */
    public static final String FILE = "interop.csv";

    private InteropCsv() {
    }

    /** The meetings as the file's text. */
    public static String of(List<Meeting> meetings, Lang lang) throws IOException {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setHeader("exercise", "client", "server", "result", "why").get())) {
            for (Meeting meeting : meetings) {
                csv.printRecord(meeting.exercise().module(), meeting.client(), meeting.server(),
                        meeting.result().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                        meeting.result() == Meeting.Result.PASSED ? "" : meeting.why().in(lang));
            }
        }
        return text.toString();
    }
}
