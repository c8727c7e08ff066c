package socketlab.grader.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CodeGrade's unit-test step reads its JUnit XML where {@code CG_JUNIT_XML_LOCATION} says: when that is set, the
 * scorecard's {@code junit.xml} goes there too; otherwise nothing is written.
 */
final class CodeGradeCopy implements Adapter {
    /** The variable CodeGrade sets to where it reads the JUnit XML. */
    static final String LOCATION = "CG_JUNIT_XML_LOCATION";

    @Override
    public List<Path> write(GradedWork work, Path folder) throws IOException {
        String location = work.environment().get(LOCATION);
        if (location == null || location.isBlank()) {
            return List.of();
        }
        Path target = Path.of(location).toAbsolutePath();
        Files.createDirectories(target.getParent());
        return List.of(ReportFiles.atomically(target, JUnitXmlReport.of(work.card(), work.lang())));
    }
}
