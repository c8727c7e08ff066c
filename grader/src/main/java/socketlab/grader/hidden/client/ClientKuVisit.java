package socketlab.grader.hidden.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import socketlab.grader.harness.Observed;
import socketlab.grader.harness.Peer;
import socketlab.grader.harness.Received;
import socketlab.grader.harness.Run;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.Verdict;

/**
 * The shared run of ClientKu that several of its hidden tests observe: the test's server sends the
 * greeting one byte at a time, reads the answer, and keeps the connection open while it waits for
 * ClientKu to close and exit. A client that stops reading early may close before the whole greeting is sent; the
 * answer it sent is read all the same.
 */
final class ClientKuVisit {
    final Observed<Received> answer;
    /** What the test's server received after the answer: nothing, then the end of the connection. */
    final Observed<Received> end;
    final Observed<Integer> exit;
    final List<String> stdout;
    final String printed;

    ClientKuVisit(Subject clientKu) {
        try (ServerSocket server = Peer.listen()) {
            Run run = clientKu.start("--host", clientKu.graderHost(), "--port", String.valueOf(server.getLocalPort()));
            Observed<Socket> conn = Observed.of(() -> Peer.accept(server, run));
            answer = Observed.of(() -> {
                try {
                    Peer.sendInPieces(conn.get(), ClientKuTest.GREETING + "\n", 1, Duration.ofMillis(5));
                } catch (Verdict hungUp) {
                    // the client closed before the whole greeting was sent: its answer may have come all the same
                }
                return Peer.readMessage(conn.get());
            });
            end = Observed.of(() -> {
                answer.get();
                return Peer.readUntilClosed(conn.get());
            });
            exit = Observed.of(() -> run.awaitExit(Run.STEP));
            if (conn.ok()) {
                Peer.close(conn.get());
            }
            run.awaitExit(Run.STEP);
            stdout = run.stdout();
            printed = run.printed();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
