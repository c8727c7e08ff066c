package socketlab.selfcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The kit's short scorecard, the last lines of a {@code ./mvnw} run: for each exercise whose self-checks ran in this
 * run, how many passed, and each failed check's name with the first line of its message. Maven's own lines stay
 * above it, for the details. The kit's {@code mvnw} and {@code mvnw.cmd} run it after Maven, as {@code java Scorecard.java
 * <marker> <Maven's arguments>}: the reports written after the marker file are this run's (none: it prints nothing, as
 * after {@code package -DskipTests}); {@code -Dselfcheck.lang=en|id} among Maven's arguments chooses the language, as it
 * does for the self-checks. It reads the reports in the folder it runs in and in its subfolders' {@code target}, so it
 * works from the kit's folder and from an exercise's. It stands alone in its file (Java runs a single source file).
 */
public final class Scorecard {
    /** How much of a failure's first line the card shows; the whole message is above, in Maven's lines. */
    private static final int MESSAGE_CHARS = 110;

    private Scorecard() {
    }

    /** One exercise's self-checks of this run: how many ran and were skipped, each failed one as "name: first line". */
    private record Exercise(String module, int checks, int skipped, List<String> failed) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println(indonesian(args) ? "pemakaian: java Scorecard.java <berkas penanda> [argumen Maven]"
                    : "usage: java Scorecard.java <marker file> [Maven's arguments]");
            System.exit(2);
        }
        FileTime started = Files.getLastModifiedTime(Path.of(args[0]));
        boolean indonesian = indonesian(args);
        List<Exercise> exercises = new ArrayList<>();
        Path here = Path.of("").toAbsolutePath();
        exercises.addAll(read(here, started));
        try (Stream<Path> folders = Files.list(here)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                exercises.addAll(read(folder, started));
            }
        }
        card(exercises, indonesian).forEach(System.out::println);
    }

    /** The card's lines; none when no self-check ran. */
    static List<String> card(List<Exercise> exercises, boolean indonesian) {
        int checks = exercises.stream().mapToInt(Exercise::checks).sum();
        if (exercises.isEmpty()) {
            return List.of();
        }
        int passed = checks - exercises.stream().mapToInt(exercise -> exercise.failed().size()).sum();
        int width = exercises.stream().mapToInt(exercise -> exercise.module().length()).max().orElse(0);
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add(indonesian ? "== Cek mandiri socket-lab: " + passed + " dari " + checks + " lulus =="
                : "== socket-lab self-checks: " + passed + " of " + checks + " pass ==");
        for (Exercise exercise : exercises) {
            int ok = exercise.checks() - exercise.failed().size();
            lines.add("  " + String.format(Locale.ROOT, "%-" + width + "s", exercise.module()) + "  " + ok + "/" + exercise.checks()
                    + (exercise.skipped() == 0 ? "" : indonesian ? " (" + exercise.skipped() + " dilewati)" : " (" + exercise.skipped() + " skipped)")
                    + (exercise.failed().isEmpty() ? (indonesian ? "  lulus" : "  pass") : (indonesian ? "  gagal:" : "  failed:")));
            exercise.failed().forEach(failed -> lines.add("    - " + failed));
        }
        lines.add(passed == checks
                ? (indonesian ? "Semua cek mandiri lulus. Nilai tetap dari tes tersembunyi dosen." : "Every self-check passes. The grade still comes "
                        + "from the instructor's hidden tests.")
                : (indonesian ? "Pesan lengkap dan keluaran program ada di atas. Perbaiki yang pertama, lalu jalankan lagi."
                        : "The whole message and the program's output are above. Fix the first one, then run again."));
        return lines;
    }

    /** The self-checks in {@code folder/target/surefire-reports} written since {@code started}; none if there are none. */
    private static List<Exercise> read(Path folder, FileTime started) throws Exception {
        Path reports = folder.resolve("target").resolve("surefire-reports");
        if (!Files.isDirectory(reports)) {
            return List.of();
        }
        int checks = 0;
        int skipped = 0;
        List<String> failed = new ArrayList<>();
        try (Stream<Path> files = Files.list(reports)) {
            for (Path report : files.filter(file -> file.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList()) {
                if (Files.getLastModifiedTime(report).compareTo(started) < 0) {
                    continue;
                }
                NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                        .getElementsByTagName("testcase");
                for (int i = 0; i < cases.getLength(); i++) {
                    Element test = (Element) cases.item(i);
                    if (test.getElementsByTagName("skipped").getLength() > 0) {
                        skipped++;
                        continue;
                    }
                    checks++;
                    Element failure = first(test, "failure", "error");
                    if (failure != null) {
                        failed.add(test.getAttribute("name") + ": " + firstLine(failure.getAttribute("message")));
                    }
                }
            }
        } catch (IOException unreadable) {
            return List.of();
        }
        return checks + skipped == 0 ? List.of() : List.of(new Exercise(folder.getFileName().toString(), checks, skipped, failed));
    }

    private static Element first(Element test, String... names) {
        for (String name : names) {
            NodeList found = test.getElementsByTagName(name);
            if (found.getLength() > 0) {
                return (Element) found.item(0);
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        String line = message.strip().lines().findFirst().orElse("").strip();
        return line.length() <= MESSAGE_CHARS ? line : line.substring(0, MESSAGE_CHARS - 3) + "...";
    }

    /** The language as the self-checks choose it: {@code -Dselfcheck.lang} among Maven's arguments, else the JVM's. */
    private static boolean indonesian(String[] args) {
        String chosen = "";
        for (String arg : args) {
            if (arg.startsWith("-Dselfcheck.lang=")) {
                chosen = arg.substring(arg.indexOf('=') + 1).strip().toLowerCase(Locale.ROOT);
            }
        }
        String lang = chosen.isEmpty() ? Locale.getDefault().getLanguage() : chosen;
        return lang.equals("id") || lang.equals("in");
    }
}
