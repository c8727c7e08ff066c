package socketlab.grader.hidden.udpping;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import socketlab.grader.course.Text;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.Conversation;
import socketlab.grader.harness.verdict.NotJudged;
import socketlab.grader.harness.wire.Datagrams;

/**
 * The test's UDP server for PingKu, played by the test step by step: it receives each ping and answers it, drops it,
 * holds it a known time, answers twice or from another port. Every time it states is read from its own clock, never
 * from PingKu's: a reply held 300 ms took at least 300 ms, whatever the machine's load.
 */
final class PingServer implements AutoCloseable {
    /** A ping as the course's contract words it: "Ping <seq> <time>". */
    static final Pattern PING = Pattern.compile("Ping (\\d+) (\\d+)");

    private final DatagramSocket socket;
    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    /** For each ping answered, how long after PingKu sent it (by the time the ping carries) the server sent the reply, in ms. */
    private final Map<Integer, Long> answerDelays = new ConcurrentHashMap<>();
    private final AtomicReference<NotJudged> malformed = new AtomicReference<>();

    /**
     * One ping as the server received it, and when, by the server's clock ({@link System#nanoTime()}, read after it came)
     * and by this machine's time in ms.
     */
    record Ping(Datagrams.Datagram datagram, long receivedNanos, long receivedMillis) {

        String text() {
            return datagram.text();
        }

        /** The reply PingKu waits for: the ping upper-cased. */
        String reply() {
            return text().toUpperCase(Locale.ROOT);
        }
    }

    /** This machine's time when the server opened, in ms: before PingKu started. */
    private final long openedMillis = System.currentTimeMillis();

    PingServer(String host) {
        socket = Datagrams.open(host);
    }

    InetSocketAddress address() {
        return Datagrams.addressOf(socket);
    }

    String port() {
        return String.valueOf(socket.getLocalPort());
    }

    /**
     * PingKu's ping number {@code seq}, waited for at most {@code limit}; datagrams from any other program are ignored. The
     * first ping not written "Ping <seq> <time>" is noted ({@link #malformed()}): no reply to it could be right.
     */
    Ping next(Run pingKu, int seq, Duration limit) {
        Datagrams.Datagram datagram = Datagrams.receiveFrom(socket, pingKu, limit, Text.of("ping %d", "ping %d", seq));
        Matcher ping = PING.matcher(datagram.text());
        if (!ping.matches() || !ping.group(1).equals(String.valueOf(seq))) {
            malformed.compareAndSet(null, new NotJudged(Text.of("expected ping %d as \"Ping %d <time in ms>\", got %s", "diharapkan ping %d "
                    + "berbentuk \"Ping %d <waktu dalam ms>\", ternyata %s", seq, seq, Conversation.shown(datagram.bytes())),
                    "PingKu.sendPing: Sends the ping's text"));
        }
        return new Ping(datagram, System.nanoTime(), System.currentTimeMillis());
    }

    /** Why no reply could be right, if a ping was not written "Ping <seq> <time>". */
    Optional<NotJudged> malformed() {
        return Optional.ofNullable(malformed.get());
    }

    /** Whether the server has answered this ping (from its own port). */
    boolean answered(Ping ping) {
        return answered.contains(ping.text());
    }

    /** Answers the ping now; returns the server's clock read just before it sent the reply. */
    long answer(Ping ping) {
        long before = System.nanoTime();
        Matcher sent = PING.matcher(ping.text());
        // only a time PingKu could have sent it at counts: after the server opened, before it came
        if (sent.matches() && sent.group(1).length() < 10 && sent.group(2).length() < 19 && Long.parseLong(sent.group(2)) >= openedMillis - 1
                && Long.parseLong(sent.group(2)) <= ping.receivedMillis() + 1) {
            answerDelays.put(Integer.valueOf(sent.group(1)), System.currentTimeMillis() - Long.parseLong(sent.group(2)));
        }
        Datagrams.send(socket, ping.reply(), ping.datagram().from());
        answered.add(ping.text());
        return before;
    }

    /**
     * How long after PingKu sent each ping the server answered it, in ms, by the time the ping carries and this machine's
     * clock (a ping whose time PingKu could not have sent it at is left out): where that is longer than PingKu's
     * --timeout, the machine was too busy for the test to answer in time.
     */
    Map<Integer, Long> answerDelays() {
        return answerDelays;
    }

    /** Answers the ping once {@code hold} has passed since it came; returns the server's clock read just before sending. */
    long answerAfter(Ping ping, Duration hold) {
        long until = ping.receivedNanos() + hold.toNanos();
        for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
        Conversation.note("the test's server held the reply %d ms", "server tes menahan balasan %d ms", hold.toMillis());
        return answer(ping);
    }

    /** Sends the ping's reply from another socket of the test's: another port, so not the server PingKu pings. */
    void answerFromAnotherPort(Ping ping) {
        DatagramSocket other = Datagrams.open(address().getAddress().getHostAddress());
        try {
            Datagrams.send(other, ping.reply(), ping.datagram().from());
        } finally {
            Datagrams.close(other);
        }
    }

    @Override
    public void close() {
        Datagrams.close(socket);
    }
}
