package socketlab.grader;

import java.nio.file.Path;
import socketlab.grader.docker.DockerEngine;
import socketlab.grader.docker.SandboxImage;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.OnOtherHosts;
import socketlab.grader.quiz.Quiz;

/** Where the course repository is for the grader's tests: {@code -Drepository.root}, else the module's parent. */
public final class TestRepository {

    private TestRepository() {
    }

    /**
     * The most points a submission can score here: every hidden test's (those on other hosts only where a Docker
     * engine answers, and those that capture there only where this machine has tcpdump too, as they are skipped
     * elsewhere) and one per quiz question.
     */
    public static int fullMarks() {
        return GradingRun.hiddenTests().stream()
                .filter(test -> {
                    OnOtherHosts hosts = test.getDeclaringClass().getAnnotation(OnOtherHosts.class);
                    return hosts == null || DockerEngine.available() && (!hosts.captures() || SandboxImage.capturing());
                })
                .mapToInt(test -> test.getAnnotation(Graded.class).points()).sum()
                + Quiz.course().questions().size();
    }

    /** The repository root, absolute. */
    public static Path root() {
        return Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    }
}
