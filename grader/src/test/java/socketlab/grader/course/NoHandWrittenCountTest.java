package socketlab.grader.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import socketlab.grader.TestRepository;

/**
 * No count of the course's exercises is written by hand where a person reads it (the READMEs, the handouts' chapters
 * and guides, the kit's README and poms): "seven exercises", "empat latihan", "a fifth exercise", "two more" go stale
 * the day an exercise is added. A list of them is made from {@link Exercise} when the kit is packed, or, in the
 * project's README, is checked against it here.
 */
final class NoHandWrittenCountTest {
    private static final String NUMBER = "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\\d+)";
    private static final String ORDINAL = "(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            + "|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh)";
    /** A number of exercises or Java programs, an exercise by its place, or "N more" (of them). */
    private static final Pattern COUNT = Pattern.compile("(?i)\\b" + NUMBER + "\\s+(?:[\\w-]+\\s+){0,2}?(?:exercises|latihan|java programs)\\b"
            + "|\\b" + NUMBER + "\\s+(?:program|latihan)\\s+(?:java\\s+)?lagi\\b|\\blatihan\\s+" + ORDINAL + "\\b|\\b" + ORDINAL
            + "\\s+exercise\\b|\\b(?:one|two|three|four|five)\\s+more\\b(?!\\s+(?:tests?|questions?|messages?|bytes?)\\b)");

    @Test
    void noFileAPersonReadsCountsTheExercisesByHand() throws IOException {
        List<String> counts = new ArrayList<>();
        for (Path file : read()) {
            String[] lines = Files.readString(file).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                // a count may run over a line's end: each line is read with the next
                String line = i + 1 < lines.length ? lines[i] + " " + lines[i + 1].strip() : lines[i];
                Matcher count = COUNT.matcher(line);
                while (count.find()) {
                    if (count.start() < lines[i].length()) {
                        counts.add(TestRepository.root().relativize(file) + ":" + (i + 1) + ": \"" + count.group() + "\"");
                    }
                }
            }
        }
        assertThat(counts).as("counts of the exercises written by hand (say it without the number, or make it from Exercise)")
                .isEmpty();
    }

    @Test
    void theCheckCatchesTheCountsItIsFor() {
        assertAll(List.of("This kit holds seven socket-programming exercises", "Kit ini berisi tujuh latihan", "its four programs become "
                + "four Java exercises", "becomes a fifth exercise", "menjadi latihan kelima", "Two more use UDP", "Dua program lagi memakai UDP",
                "the 9 exercises").stream().map(text -> () -> assertThat(COUNT.matcher(text).find()).as(text).isTrue()));
        assertAll(List.of("The two commands", "Three more tests put", "as one more message", "between two programs")
                .stream().map(text -> () -> assertThat(COUNT.matcher(text).find()).as(text).isFalse()));
    }

    @Test
    void theReadmesTableOfExercisesIsTheCoursesListInItsOrder() throws IOException {
        Pattern row = Pattern.compile("^\\|[^|]*\\|\\s*`([\\w-]+)`\\s*\\|\\s*`(\\w+)`\\s*\\|");
        List<String> rows = Files.readString(TestRepository.root().resolve("README.md")).lines().map(row::matcher)
                .filter(Matcher::find).map(found -> found.group(1) + " " + found.group(2)).toList();
        assertThat(rows).containsExactlyElementsOf(Stream.of(Exercise.values()).map(exercise -> exercise.module() + " " + exercise.program())
                .toList());
    }

    /** The files a person reads: the READMEs, the chapters and guides, the kit's own files, the poms. */
    private static List<Path> read() throws IOException {
        Path root = TestRepository.root();
        List<Path> files = new ArrayList<>(List.of(root.resolve("README.md"), root.resolve("grader/README.md"), root.resolve("pom.xml"),
                root.resolve("exercises/pom.xml"), root.resolve("solutions/pom.xml")));
        for (String folder : List.of("handouts/en", "handouts/id", "handouts/src/main/resources/kit")) {
            try (Stream<Path> walk = Files.walk(root.resolve(folder))) {
                walk.filter(Files::isRegularFile).filter(file -> file.toString().matches(".*\\.(md|xml|yml|config|properties)$"))
                        .forEach(files::add);
            }
        }
        return files;
    }
}
