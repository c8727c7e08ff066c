package socketlab.grader.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The one writer of a grading's folder, for {@code grade --out} and for each student of {@code class} alike: every
 * platform's files ({@link Platform}, in its order), who the work is ({@link StudentFile}), and last the saved scorecard
 * ({@link ScorecardFile}), the grader's own mark that the folder holds a finished grading. Each file is written whole to a
 * temporary name and then moved into place, so a reader never sees half of one.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** The names of the files every grading's folder holds, in the order they are written; the saved scorecard last. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (Platform platform : Platform.values()) {
            names.addAll(platform.adapter().files());
        }
        names.add(StudentFile.NAME);
        names.add(ScorecardFile.NAME);
        return names;
    }

    /**
     * Writes the grading's files into {@code folder}, and returns their paths: an earlier grading's mark of done goes
     * first, so that a folder half rewritten never looks finished.
     */
    public static List<Path> write(GradedWork work, Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve(ScorecardFile.NAME));
        List<Path> written = new ArrayList<>();
        for (Platform platform : Platform.values()) {
            written.addAll(platform.adapter().write(work, folder));
        }
        written.add(StudentFile.write(work.student(), folder));
        ScorecardFile.write(work.card(), folder);
        written.add(folder.resolve(ScorecardFile.NAME));
        return written;
    }

    /** Whether {@code folder} holds a finished grading: its mark of done, the saved scorecard. */
    public static boolean graded(Path folder) {
        return Files.isRegularFile(folder.resolve(ScorecardFile.NAME));
    }

    /** Writes the file whole under a temporary name, then moves it into place in one step. */
    public static Path atomically(Path target, String content) throws IOException {
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            writer.write(content);
        }
        return Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
