package socketlab.grader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Messages;
import socketlab.grader.grading.Settings;
import socketlab.grader.report.ReportFiles;
import socketlab.grader.report.ScorecardFile;
import socketlab.grader.report.TerminalReport;

/**
 * The last words of {@code mvn verify} (run by exec:java in the last module, after the handouts' build and the
 * kit's checks): the total of the scorecard that the grade step saved, and where its files are, so that the
 * grade, not the build's log, is what an instructor sees at the end. Its arguments are the repository and the
 * scorecard's folder, then optionally {@code --lang=<id|en>}. It never calls System.exit, which would end Maven.
 */
public final class MavenScorecard {
    private MavenScorecard() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]).toAbsolutePath().normalize();
        Path folder = Path.of(args[1]).toAbsolutePath().normalize();
        Optional<Lang> asked = Commands.askedFor(args);
        Lang lang = asked.orElse(Settings.DEFAULT.lang());
        if (!Files.exists(folder.resolve(ScorecardFile.NAME))) {
            System.out.println(Messages.in(asked.orElse(Lang.machine())).get("maven.noScorecard", root.relativize(folder)));
            return;
        }
        String rule = "-".repeat(78);
        System.out.println(rule);
        new TerminalReport(lang, false).printSummary(ScorecardFile.read(folder), System.out);
        for (String file : ReportFiles.names()) {
            System.out.println("  -> " + root.relativize(folder.resolve(file)));
        }
        System.out.println(rule);
    }
}
