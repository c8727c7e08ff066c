package socketlab.grader.hidden.udpserver;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.Observed;
import socketlab.grader.harness.wire.Datagrams;

/**
 * The shared run of ServerUdpKu with {@code --buffer 8}: one sender of the test's sends a datagram of exactly 8
 * bytes, then one of 9.
 */
final class ServerUdpKuBuffer {
    static final int BUFFER = 8;
    static final String EXACT = "abcdefgh";
    static final String LONGER = "abcdefghi";
    /** The notice on the line of a datagram longer than the buffer, in the two languages the program may print. */
    static final String NOTICE_EN = "[cut: longer than 8 bytes]";
    static final String NOTICE_ID = "[terpotong: lebih dari 8 byte]";

    final Exchange exact;
    final Exchange longer;

    ServerUdpKuBuffer(Subject serverUdpKu) {
        Run run = serverUdpKu.start("--host", serverUdpKu.host(), "--port", "0", "--buffer", String.valueOf(BUFFER));
        Senders senders = new Senders(run);
        Observed<InetSocketAddress> server = Observed.of(() -> new InetSocketAddress(serverUdpKu.host(), run.listeningPort()));
        DatagramSocket sender = Datagrams.open(serverUdpKu.host());
        try {
            exact = Exchange.of(senders, sender, server, EXACT, 1);
            longer = Exchange.of(senders, sender, server, LONGER, 2);
        } finally {
            Datagrams.close(sender);
        }
    }
}
