package socketlab.grader.harness.graded.server;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.Subject;

/** Hidden tests of ServerKu as a grading run finds them (by package and annotation), for the harness's own tests. */
@HiddenTests
final class ServerKuGradedFixture {

    @Test
    @Order(2)
    @Graded(points = 1, en = "prints its line again", id = "mencetak barisnya lagi", section = "server#bind-listen",
            judges = "ServerKu.serve: listen")
    void printsItsLineAgain(Subject server) {
        server.start("--port", "0").listeningLine();
    }

    @Test
    @Order(1)
    @Graded(points = 2, en = "prints its line", id = "mencetak barisnya", section = "server#bind-listen",
            judges = "ServerKu.serve: listen")
    void printsItsLine(Subject server) {
        server.start("--port", "0").listeningLine();
    }
}
