package socketlab.grader.hidden.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.Observed;
import socketlab.grader.harness.wire.Peer;
import socketlab.grader.harness.wire.Received;

/**
 * The shared run of ServerKu that most of its hidden tests observe: started with --port 0, one client
 * reads the greeting, sends the answer with a newline and reads to the end; then the test waits for
 * ServerKu to exit, and only then tries a second client. ServerKu gets --timeout 30, so that a slow
 * step of the test (waiting for a greeting's missing newline) does not use up its time for the answer.
 */
public final class ServerKuVisit {
    public final Observed<Integer> port;
    public final Observed<Socket> client;
    /** The line ServerKu must print for this client: its address and port as the server sees them. */
    public final Observed<String> expectedAddressLine;
    public final Observed<Received> greeting;
    public final Observed<String> addressLine;
    public final Observed<Received> afterTheAnswer;
    public final Observed<String> clientLine;
    public final Observed<Integer> exit;
    public final Observed<Received> secondClient;
    public final String printed;

    public ServerKuVisit(Subject serverKu) {
        Run run = serverKu.start("--host", serverKu.host(), "--port", "0", "--timeout", Run.OUTLASTS_A_STEP);
        port = Observed.of(run::listeningPort);
        client = Observed.of(() -> Peer.connect(run, serverKu.host(), port.get()));
        expectedAddressLine = Observed.of(() -> Peer.addressOf(client.get()) + ServerKuTest.CONNECTED);
        greeting = Observed.of(() -> Peer.readMessage(client.get()));
        addressLine = Observed.of(() -> run.awaitLine(line -> line.endsWith(ServerKuTest.CONNECTED) || line.contains("Selamat"),
                Text.of("line \"%s\"", "baris \"%s\"", expectedAddressLine.get())));
        afterTheAnswer = Observed.of(() -> {
            Peer.send(client.get(), ServerKuTest.ANSWER + "\n");
            Peer.finishSending(client.get()); // the answer ends both ways: how a server finds its end is judged elsewhere
            return Peer.readUntilClosed(client.get());
        });
        clientLine = Observed.of(() -> run.awaitLine(line -> line.startsWith("Client:"),
                Text.of("\"Client: …\" line", "baris \"Client: …\"")));
        if (client.ok()) {
            Peer.close(client.get());
        }
        exit = Observed.of(() -> run.awaitExit(Run.STEP));
        // a second client only where ServerKu itself still listens: after it ends, the port may be anyone's
        secondClient = Observed.of(() -> {
            try (Socket second = Peer.connect(run, serverKu.host(), port.get())) {
                return Peer.readMessage(second);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printed = run.printed();
    }

    /** Unless ServerKu accepted the client (it printed the line that says so), a test of this run cannot judge its subject. */
    void requireAccepted() {
        if (!addressLine.ok()) {
            throw ServerKuTest.notAccepted(addressLine);
        }
    }
}
