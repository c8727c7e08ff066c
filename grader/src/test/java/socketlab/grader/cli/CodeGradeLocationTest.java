package socketlab.grader.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.report.JUnitXmlReport;

/** CodeGrade's unit-test step reads the JUnit XML where CG_JUNIT_XML_LOCATION says, and nowhere else. */
final class CodeGradeLocationTest {
    @TempDir
    Path folder;

    @Test
    void copiesTheJUnitXmlWhereCodeGradeAsksForItWhenItAsks() throws IOException {
        Path reports = Files.createDirectories(folder.resolve("card"));
        Files.writeString(reports.resolve(JUnitXmlReport.NAME), "<testsuite/>\n");
        Path asked = folder.resolve("cg/results/junit.xml");

        GradeCommand.junitXmlForCodeGrade(reports, Map.of("CG_JUNIT_XML_LOCATION", asked.toString()));
        GradeCommand.junitXmlForCodeGrade(reports, Map.of());

        assertThat(asked).hasContent("<testsuite/>");
        try (var written = Files.list(folder)) {
            assertThat(written).extracting(path -> path.getFileName().toString()).containsExactlyInAnyOrder("card", "cg");
        }
    }
}
