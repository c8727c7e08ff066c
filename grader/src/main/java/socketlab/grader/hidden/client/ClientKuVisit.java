package socketlab.grader.hidden.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.NotJudged;
import socketlab.grader.harness.verdict.Observed;
import socketlab.grader.harness.verdict.Verdict;
import socketlab.grader.harness.wire.Peer;
import socketlab.grader.harness.wire.Received;

/**
 * The shared run of ClientKu that several of its hidden tests observe: the test's server sends the
 * greeting one byte at a time, reads the answer, and keeps the connection open while it waits for
 * ClientKu to close and exit. A client that stops reading early may close before the whole greeting is sent; the
 * answer it sent is read all the same.
 */
final class ClientKuVisit {
    final Observed<Received> answer;
    /** Whether ClientKu printed anything while the connection was open, the greeting sent (it comes before the answer). */
    final boolean printedBeforeTheAnswer;
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
            // no answer: did ClientKu print the greeting (it had it, newline and all, so it prints it within a step), or not?
            printedBeforeTheAnswer = answer.ok() && answer.get().bytes().length > 0
                    || Observed.of(() -> run.awaitLine(line -> true, Text.of("the greeting", "salam"))).ok();
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

    /**
     * The answer, unless none came while ClientKu had not yet printed the greeting: it still waited for more of it, though
     * the greeting's newline had come, so the test cannot judge what comes after.
     */
    Received answerAfterTheGreeting() {
        Received received = answer.get();
        if (received.bytes().length == 0 && !printedBeforeTheAnswer) {
            throw new NotJudged(Text.about(received.describe(), "ClientKu neither printed the greeting, which had come with its newline, "
                    + "nor answered ({what}): it reads past the newline", "ClientKu tidak mencetak salam, yang sudah datang dengan baris "
                    + "barunya, dan tidak menjawab ({what}): ia membaca melewati baris baru"),
                    "ClientKu.receiveLine: everything up to a newline", "ClientKu.call: print the server's message");
        }
        return received;
    }
}
