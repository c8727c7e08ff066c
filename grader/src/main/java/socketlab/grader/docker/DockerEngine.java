package socketlab.grader.docker;

import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.ResourceReaper;
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

    /**
     * Removes now whatever this JVM's containers and networks left behind (they remove themselves; this is the safety
     * net Testcontainers otherwise runs as a hook at the JVM's exit). A program run inside Maven (exec:java) calls it
     * before it returns, as Maven closes its classes before that hook runs, which would then print a stack trace
     * after the build's last words. Does nothing where no engine answers.
     */
    public static void cleanUpNow() {
        if (available()) {
            ResourceReaper.instance().performCleanup();
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
