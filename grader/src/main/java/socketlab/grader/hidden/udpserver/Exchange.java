package socketlab.grader.hidden.udpserver;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import socketlab.grader.course.Text;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.NotJudged;
import socketlab.grader.harness.verdict.Observed;
import socketlab.grader.harness.verdict.Verdict;
import socketlab.grader.harness.wire.Datagrams;

/**
 * One datagram a sender of the test's sent to ServerUdpKu, and what came of it: the reply the sender received
 * (from the server's own address and port, or a verdict) and the line ServerUdpKu printed about it.
 */
record Exchange(String sent, String sender, Observed<Datagrams.Datagram> reply, Observed<String> line) {
    /** The words of ServerUdpKu's Javadoc that say whom a reply goes to: what every test that waits for a reply needs. */
    private static final String RECEIVES_THE_SENDER = "ServerUdpKu.receive: its sender's address and port";

    /**
     * The sender sends {@code text} to the server, waits for the reply, then for ServerUdpKu's line about it: the
     * {@code nth} line that names this sender.
     */
    static Exchange of(Senders senders, DatagramSocket sender, Observed<InetSocketAddress> server, String text, int nth) {
        Run run = senders.run();
        String from = senders.sent(sender, text);
        Observed<Datagrams.Datagram> reply = Observed.of(() -> {
            Datagrams.send(sender, text, server.get());
            return replyFrom(senders, sender, server.get(), text);
        });
        Observed<String> line = Observed.of(() -> {
            server.get();
            AtomicInteger seen = new AtomicInteger();
            return run.awaitLine(printed -> (printed.equals(from) || printed.startsWith(from + " ")) && seen.incrementAndGet() == nth,
                    Text.of("line for datagram %d from %s", "baris untuk datagram ke-%d dari %s", nth, from));
        });
        return new Exchange(text, from, reply, line);
    }

    /** The reply to the datagram just sent: it must come, within a step, from the server's address and port. */
    private static Datagrams.Datagram replyFrom(Senders senders, DatagramSocket sender, InetSocketAddress server, String text) {
        Run run = senders.run();
        Datagrams.Datagram reply = Datagrams.receive(sender, Run.STEP).orElseThrow(() -> {
            Verdict none = Verdict.failed("sent \"%s\" (%d bytes) from %s:%d to %s:%d: no reply came within %d s; %s",
                    "mengirim \"%s\" (%d byte) dari %s:%d ke %s:%d: tidak ada balasan dalam %d detik; %s",
                    text, text.getBytes(StandardCharsets.UTF_8).length, sender.getLocalAddress().getHostAddress(), sender.getLocalPort(),
                    server.getAddress().getHostAddress(), server.getPort(), Run.STEP.toSeconds(), run.printed());
            return senders.madeUp().<Verdict>map(line -> new NotJudged(Text.about(none.reason(), "ServerUdpKu printed \"%s\": it took "
                    + "a datagram for one from another sender, so its replies go there; {what}", "ServerUdpKu mencetak \"%s\": ia mengira "
                    + "datagram dari pengirim lain, jadi balasannya ke sana; {what}", line), RECEIVES_THE_SENDER)).orElse(none);
        });
        if (!reply.from().equals(server)) {
            throw Verdict.failed("the reply to \"%s\" came from %s, not from the server's %s:%d: answer from the socket the server bound",
                    "balasan untuk \"%s\" datang dari %s, bukan dari %s:%d milik server: jawab dari socket yang di-bind server",
                    text, reply.sender(), server.getAddress().getHostAddress(), server.getPort());
        }
        return reply;
    }

    /** The reply must be exactly this text. */
    void expectReply(String expected) {
        Datagrams.Datagram got = reply.get();
        if (!got.text().equals(expected)) {
            throw Verdict.failed("sent \"%s\" from %s, expected the reply \"%s\", got \"%s\" (%d bytes)",
                    "mengirim \"%s\" dari %s, diharapkan balasan \"%s\", ternyata \"%s\" (%d byte)",
                    sent, sender, expected, got.text(), got.bytes().length);
        }
    }

    /** ServerUdpKu's line about this datagram must be exactly this. */
    void expectLine(String expected) {
        String printed = line.get();
        if (!printed.equals(expected)) {
            throw Verdict.failed("for the datagram \"%s\" from %s expected the line \"%s\"; ServerUdpKu printed \"%s\"",
                    "untuk datagram \"%s\" dari %s diharapkan baris \"%s\"; ServerUdpKu mencetak \"%s\"", sent, sender, expected, printed);
        }
    }
}
