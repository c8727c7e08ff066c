package socketlab.grader.grading;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jacoco.core.analysis.Analyzer;
import org.jacoco.core.analysis.CoverageBuilder;
import org.jacoco.core.analysis.IBundleCoverage;
import org.jacoco.core.tools.ExecFileLoader;
import org.jacoco.report.DirectorySourceFileLocator;
import org.jacoco.report.FileMultiReportOutput;
import org.jacoco.report.IReportVisitor;
import org.jacoco.report.MultiSourceFileLocator;
import org.jacoco.report.csv.CSVFormatter;
import org.jacoco.report.html.HTMLFormatter;

/**
 * Reads what the JaCoCo agent recorded inside the solution programs the hidden tests started, and writes
 * an HTML and a CSV report of how much of each solution those tests exercised.
 */
final class SolutionCoverage {

    private SolutionCoverage() {
    }

    /** The jar of JaCoCo's agent, found on this test's class path. */
    static Path agentJar() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("org.jacoco.agent") && entry.endsWith("runtime.jar"))
                .map(Path::of).findFirst()
                .orElseThrow(() -> new IllegalStateException("JaCoCo's agent (org.jacoco.agent, runtime) is not on the class path"));
    }

    /**
     * Analyses the classes the grader compiled against the execution data, writes the reports into
     * {@code reportFolder}, and returns the coverage.
     */
    static IBundleCoverage report(Path execFile, List<Path> classFolders, List<Path> sourceFolders, Path reportFolder)
            throws IOException {
        ExecFileLoader loader = new ExecFileLoader();
        loader.load(execFile.toFile());
        CoverageBuilder builder = new CoverageBuilder();
        Analyzer analyzer = new Analyzer(loader.getExecutionDataStore(), builder);
        for (Path classes : classFolders) {
            analyzer.analyzeAll(classes.toFile());
        }
        IBundleCoverage bundle = builder.getBundle("socket-lab solutions, exercised by the hidden tests");
        MultiSourceFileLocator sources = new MultiSourceFileLocator(4);
        sourceFolders.forEach(folder -> sources.add(new DirectorySourceFileLocator(folder.toFile(), "UTF-8", 4)));
        Files.createDirectories(reportFolder);
        IReportVisitor html = new HTMLFormatter().createVisitor(new FileMultiReportOutput(reportFolder.toFile()));
        html.visitInfo(loader.getSessionInfoStore().getInfos(), loader.getExecutionDataStore().getContents());
        html.visitBundle(bundle, sources);
        html.visitEnd();
        try (var csv = Files.newOutputStream(reportFolder.resolve("coverage.csv"))) {
            IReportVisitor visitor = new CSVFormatter().createVisitor(csv);
            visitor.visitInfo(loader.getSessionInfoStore().getInfos(), loader.getExecutionDataStore().getContents());
            visitor.visitBundle(bundle, sources);
            visitor.visitEnd();
        }
        return bundle;
    }
}
