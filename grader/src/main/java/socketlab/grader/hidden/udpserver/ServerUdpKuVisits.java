package socketlab.grader.hidden.udpserver;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.Observed;
import socketlab.grader.harness.wire.Datagrams;

/**
 * The shared run of ServerUdpKu that most of its hidden tests observe: started with --port 0, three senders of the
 * test's, each on its own loopback address and port (127.0.0.1, 127.0.0.2, 127.0.0.3), take turns: A, B, A again, C;
 * then A again with text in UTF-8 and with an empty datagram, so that the tests of those texts need no answer to a
 * second sender (a server that answers only its first sender loses the tests about senders, not these). Each
 * exchange sends when a test first asks for it and waits for its reply.
 */
final class ServerUdpKuVisits {
    static final List<String> SENDER_HOSTS = List.of("127.0.0.1", "127.0.0.2", "127.0.0.3");
    static final String FROM_A = "halo dari A";
    static final String FROM_B = "halo dari B";
    static final String AGAIN_FROM_A = "lagi dari A";
    static final String FROM_C = "halo dari C";
    /** Text with letters outside ASCII, a dash and symbols: 2- and 3-byte characters in UTF-8. */
    static final String UTF8_TEXT = "kopi ☕ di café Jember — Rp 5.000";

    final Observed<Integer> port;
    final Exchange a1;
    final Exchange b1;
    final Exchange a2;
    final Exchange c1;
    final Exchange utf8;
    final Exchange empty;

    ServerUdpKuVisits(Subject serverUdpKu) {
        Run run = serverUdpKu.start("--host", serverUdpKu.host(), "--port", "0");
        Senders senders = new Senders(run);
        port = Observed.of(run::listeningPort);
        DatagramSocket a = Datagrams.open(SENDER_HOSTS.get(0));
        DatagramSocket b = Datagrams.open(SENDER_HOSTS.get(1));
        DatagramSocket c = Datagrams.open(SENDER_HOSTS.get(2));
        try {
            Observed<InetSocketAddress> server = Observed.of(() -> new InetSocketAddress(serverUdpKu.host(), port.get()));
            a1 = Exchange.of(senders, a, server, FROM_A, 1);
            b1 = Exchange.of(senders, b, server, FROM_B, 1);
            a2 = Exchange.of(senders, a, server, AGAIN_FROM_A, 2);
            c1 = Exchange.of(senders, c, server, FROM_C, 1);
            utf8 = Exchange.of(senders, a, server, UTF8_TEXT, 3);
            empty = Exchange.of(senders, a, server, "", 4);
        } finally {
            List.of(a, b, c).forEach(Datagrams::close);
        }
    }
}
