package socketlab.grader.hidden.udpserver;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.wire.Datagrams;

/**
 * The test's senders of one ServerUdpKu run, and who sent each text: for telling a reply that never came because the
 * server took the datagram for one from a sender it made up (its replies go there) from one it did not send.
 */
final class Senders {
    private final Run run;
    private final Map<String, String> sentBy = new ConcurrentHashMap<>();

    Senders(Run run) {
        this.run = run;
    }

    Run run() {
        return run;
    }

    /** Notes that {@code sender} sends {@code text}; returns the sender as ServerUdpKu must print it, "ip:port". */
    String sent(DatagramSocket sender, String text) {
        String from = Datagrams.addressOf(sender).getAddress().getHostAddress() + ":" + sender.getLocalPort();
        sentBy.put(text, from);
        return from;
    }

    /** Sends {@code text} from {@code sender} with no exchange to follow, noting who sent it. */
    void sendOnly(DatagramSocket sender, InetSocketAddress server, String text) {
        sent(sender, text);
        Datagrams.send(sender, text, server);
    }

    /** A line ServerUdpKu printed about a datagram of the test's that names none of the test's senders. */
    Optional<String> madeUp() {
        return run.stdout().stream().filter(line -> line.indexOf(' ') > 0).filter(line -> {
            String from = sentBy.get(line.substring(line.indexOf(' ') + 1));
            return from != null && sentBy.values().stream().noneMatch(own -> line.startsWith(own + " "));
        }).findFirst();
    }
}
