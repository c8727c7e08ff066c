package socketlab.grader.docker;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;
import socketlab.grader.course.Problem;

/** Whether a Docker engine answers, said plainly when it does not: container mode never falls back to processes. */
public final class DockerEngine {

    private DockerEngine() {
    }

    /** Whether an engine answers: asked once per JVM, so that a class's submissions all get the same answer. */
    public static boolean available() {
        return Answer.AVAILABLE;
    }

    private static final class Answer {
        static final boolean AVAILABLE = ask();

        private static boolean ask() {
            if (insideAContainerWithoutHostOverride()) {
                return false;
            }
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError unreachable) {
                return false;
            }
        }
    }

    /** Stops with one clear line unless an engine answers. */
    public static void require() {
        if (insideAContainerWithoutHostOverride()) {
            throw new Problem("sandbox.insideContainer");
        }
        if (!available()) {
            throw new Problem("sandbox.noDocker");
        }
    }

    /**
     * On a machine that is itself a container, Testcontainers looks for the engine's gateway by pulling an image,
     * which never answers without a registry, unless {@code TESTCONTAINERS_HOST_OVERRIDE} names the host.
     */
    private static boolean insideAContainerWithoutHostOverride() {
        return Files.exists(Path.of("/.dockerenv")) && System.getenv("TESTCONTAINERS_HOST_OVERRIDE") == null;
    }
}
