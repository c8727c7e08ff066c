package socketlab.grader.hidden.loopingserver;

import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.Observed;
import socketlab.grader.harness.wire.Peer;
import socketlab.grader.harness.wire.Received;

/**
 * The shared run of ServerKu2 that its first hidden tests observe: started with --port 0, three clients
 * visit one after another; each reads the thanks, the first one also reads on to the end of the
 * connection, and the test reads the "Now Connected" line of the first two.
 */
final class ServerKu2Visits {
    static final int CLIENTS = 3;
    static final int ADDRESS_LINES_CHECKED = 2;
    static final String NOW_CONNECTED = " Now Connected";

    final Observed<Integer> port;
    final Observed<Received> afterTheFirstThanks;
    final List<Visit> clients = new ArrayList<>();

    /**
     * One client's visit: its connection, the line ServerKu2 must print about it (its address and port as the
     * server sees them), the thanks it read, and the line ServerKu2 printed about it.
     */
    record Visit(Observed<Socket> socket, Observed<String> expectedAddressLine, Observed<Received> thanks,
            Observed<String> addressLine) {
    }

    ServerKu2Visits(Subject serverKu2) {
        Run run = serverKu2.start("--host", serverKu2.host(), "--port", "0");
        port = Observed.of(run::listeningPort);
        Observed<Received> rest = null;
        for (int nth = 1; nth <= CLIENTS; nth++) {
            Observed<Socket> socket = Observed.of(() -> Peer.connect(run, serverKu2.host(), port.get()));
            Observed<String> expected = Observed.of(() -> Peer.addressOf(socket.get()) + NOW_CONNECTED);
            Observed<Received> thanks = Observed.of(() -> Peer.readMessage(socket.get()));
            if (nth == 1) {
                rest = Observed.of(() -> Peer.readUntilClosed(socket.get()));
            }
            Observed<String> addressLine = nth <= ADDRESS_LINES_CHECKED ? addressLine(run, expected, nth) : null;
            clients.add(new Visit(socket, expected, thanks, addressLine));
            if (socket.ok()) {
                Peer.close(socket.get());
            }
        }
        afterTheFirstThanks = rest;
    }

    /** Waits for the nth "Now Connected" line. */
    private static Observed<String> addressLine(Run run, Observed<String> expected, int nth) {
        return Observed.of(() -> {
            AtomicInteger seen = new AtomicInteger();
            return run.awaitLine(line -> line.endsWith(NOW_CONNECTED) && seen.incrementAndGet() == nth,
                    Text.of("line \"%s\"", "baris \"%s\"", expected.get()));
        });
    }
}
