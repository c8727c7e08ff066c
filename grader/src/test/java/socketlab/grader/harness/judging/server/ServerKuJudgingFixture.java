package socketlab.grader.harness.judging.server;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.Subject;

/** Two hidden tests that need ServerKu's port line: one judges it, the other only needs it (for {@code JudgingTest}). */
@HiddenTests
final class ServerKuJudgingFixture {

    @Test
    @Order(1)
    @Graded(points = 2, en = "prints the port it bound", id = "mencetak port yang di-bind", section = "server#bind-listen",
            judges = {"ServerKu.serve: listen", "ServerKu.openServerSocket: bound to host:port"})
    void printsThePortItBound(Subject server) {
        server.start("--port", "0").listeningPort();
    }

    @Test
    @Order(2)
    @Graded(points = 3, en = "greets", id = "menyapa", section = "server#send", judges = "ServerKu.serve: greet it")
    void greets(Subject server) {
        server.start("--port", "0").listeningPort();
    }
}
