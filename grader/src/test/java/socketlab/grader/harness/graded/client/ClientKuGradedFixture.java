package socketlab.grader.harness.graded.client;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.Subject;

/** A hidden test of ClientKu as a grading run finds it, for the harness's own tests. */
@HiddenTests
final class ClientKuGradedFixture {

    @Test
    @Order(1)
    @Graded(points = 3, en = "ends", id = "berhenti", section = "client#connect",
            judges = "ServerKu.serve: listen")
    void ends(Subject client) {
        client.start("--port", "1").awaitEnd();
    }
}
