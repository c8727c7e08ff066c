package socketlab.grader.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import socketlab.grader.TestRepository;
import socketlab.grader.course.Exercise;

/** A solution's pom as the course's list says it ({@link SolutionPoms}): a new exercise's first one, an existing one kept in step. */
final class SolutionPomsTest {

    @Test
    void aNewExercisesFirstPomNamesItsModuleAndMainClassUnderTheSolutionsParent() {
        String pom = SolutionPoms.first(Exercise.UDP_PING);

        assertThat(pom).contains("<artifactId>solutions</artifactId>", "<artifactId>udp-ping</artifactId>",
                "<program.main>socketlab.udpping.PingKu</program.main>", "<name>udp-ping: PingKu (");
        assertThat(StubSync.stubPom(pom)).contains("<artifactId>exercises</artifactId>", "(exercise (stub) of ");
    }

    @Test
    void anExistingPomKeepsItsWordsAndTakesTheListsArtifactAndMainClass() throws IOException {
        String pom = Files.readString(TestRepository.root().resolve("solutions/server/pom.xml"));
        String wrong = pom.replace("<program.main>socketlab.server.ServerKu</program.main>", "<program.main>socketlab.server.Old</program.main>")
                .replace("<artifactId>server</artifactId>", "<artifactId>serverku</artifactId>");

        assertThat(wrong).isNotEqualTo(pom);
        assertThat(SolutionPoms.inStep(wrong, Exercise.SERVER)).isEqualTo(pom);
        assertThat(SolutionPoms.inStep(pom, Exercise.SERVER)).as("the parent's artifact is left alone")
                .contains("<artifactId>solutions</artifactId>");
    }
}
