package socketlab.grader.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import socketlab.grader.capture.TestCaptures;
import socketlab.grader.launch.Folders;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

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
    public static List<Path> write(GradedWork graded, Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.deleteIfExists(folder.resolve(ScorecardFile.NAME));
        List<Path> written = new ArrayList<>();
        GradedWork work = placeCaptures(graded, folder, written);
        for (Platform platform : Platform.values()) {
            written.addAll(platform.adapter().write(work, folder));
        }
        written.add(StudentFile.write(work.student(), folder));
        ScorecardFile.write(work.card(), folder);
        written.add(folder.resolve(ScorecardFile.NAME));
        return written;
    }

    /**
     * The work with each test's capture copied into the folder ({@link TestCaptures#inReportFolder}) and named there, as
     * the reports link it; an earlier grading's captures go first. A capture named already in the folder stays.
     */
    private static GradedWork placeCaptures(GradedWork work, Path folder, List<Path> written) throws IOException {
        if (work.card().outcomes().stream().noneMatch(outcome -> outcome.hasCapture() && !Path.of(outcome.capture()).isAbsolute())) {
            Folders.deleteQuietly(folder.resolve(TestCaptures.FOLDER));
        }
        List<Outcome> outcomes = new ArrayList<>();
        boolean moved = false;
        for (Outcome outcome : work.card().outcomes()) {
            Path taken = Path.of(outcome.capture());
            if (outcome.hasCapture() && taken.isAbsolute()) {
                moved = true;
                Path placed = folder.resolve(TestCaptures.inReportFolder(outcome));
                Files.createDirectories(placed.getParent());
                written.add(Files.copy(taken, placed, StandardCopyOption.REPLACE_EXISTING));
                outcomes.add(outcome.withCapture(TestCaptures.inReportFolder(outcome)));
            } else {
                outcomes.add(outcome);
            }
        }
        if (!moved) {
            return work;
        }
        Scorecard card = work.card();
        return new GradedWork(new Scorecard(card.target(), outcomes, card.programsStarted(), card.millis(), card.compileMillis()),
                work.student(), work.lang(), work.environment());
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
