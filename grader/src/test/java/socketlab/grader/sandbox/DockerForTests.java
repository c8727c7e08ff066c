package socketlab.grader.sandbox;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;
import socketlab.grader.docker.DockerEngine;

/**
 * The tests that need a Docker engine: without one they say "skipped: no Docker engine", never pass quietly,
 * and a build that requires containers ({@code -Dsocketlab.docker.required=true}, as {@code -Pstrict} sets) fails.
 */
final class DockerForTests {
    static final String SKIPPED = "skipped: no Docker engine";

    private DockerForTests() {
    }

    static void require() {
        if (DockerEngine.available()) {
            return;
        }
        if (Boolean.getBoolean("socketlab.docker.required")) {
            fail("no Docker engine answers, and this build requires one (-Pstrict): start dockerd, or see the README");
        }
        System.out.println(SKIPPED);
        Assumptions.abort(SKIPPED);
    }
}
