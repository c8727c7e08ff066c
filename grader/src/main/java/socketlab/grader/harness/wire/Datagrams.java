package socketlab.grader.harness.wire;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.harness.program.Probe;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.Conversation;
import socketlab.grader.harness.verdict.Verdict;

/**
 * The hidden tests' own UDP sockets: sending a datagram from a chosen address, receiving one with a bounded wait,
 * each step noted in the test's transcript. A datagram is whole or not at all; nothing here retries.
 */
public final class Datagrams {
    /** The most bytes a datagram the tests receive may have. */
    static final int MAX_DATAGRAM = 64 * 1024;
    /** How long one wait for a program's datagram lasts before the test looks whether the program has ended. */
    private static final Duration SLICE = Duration.ofMillis(100);

    private Datagrams() {
    }

    /** One datagram as the test received it: its bytes and where it came from. */
    public record Datagram(byte[] bytes, InetSocketAddress from) {

        /** Its bytes as UTF-8 text. */
        public String text() {
            return new String(bytes, UTF_8);
        }

        /** Where it came from, as the programs print it: {@code 127.0.0.1:40000}. */
        public String sender() {
            return from.getAddress().getHostAddress() + ":" + from.getPort();
        }
    }

    /** A UDP socket of the test's, bound to {@code host} and a free port. */
    public static DatagramSocket open(String host) {
        try {
            DatagramSocket socket = new DatagramSocket(new InetSocketAddress(Probe.address(host), 0));
            Conversation.notePort(socket.getLocalPort());
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the test's UDP socket on " + host, e);
        }
    }

    /** The address a socket of the test's is bound to. */
    public static InetSocketAddress addressOf(DatagramSocket socket) {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    /** Sends the text's UTF-8 bytes in one datagram to {@code to}. */
    public static void send(DatagramSocket from, String text, InetSocketAddress to) {
        send(from, text.getBytes(UTF_8), to);
    }

    /** Sends these bytes in one datagram to {@code to}. */
    public static void send(DatagramSocket from, byte[] bytes, InetSocketAddress to) {
        Conversation.note("the test sent the datagram %s from %s to %s", "tes mengirim datagram %s dari %s ke %s", Conversation.shown(bytes),
                shown(addressOf(from)), shown(to));
        try {
            from.send(new DatagramPacket(bytes, bytes.length, to));
        } catch (IOException e) {
            throw Verdict.failed("the test could not send a datagram to %s: %s", "tes tidak bisa mengirim datagram ke %s: %s", shown(to),
                    e.getMessage());
        }
    }

    /** The next datagram that reaches this socket within {@code limit}, if one does. */
    public static Optional<Datagram> receive(DatagramSocket socket, Duration limit) {
        Optional<Datagram> datagram = receiveQuietly(socket, limit);
        Conversation.note(datagram.map(got -> Text.of("the test's %s received the datagram %s from %s",
                        "%s milik tes menerima datagram %s dari %s", shown(addressOf(socket)), Conversation.shown(got.bytes()), got.sender()))
                .orElseGet(() -> Text.of("the test's %s received no datagram within %d ms", "%s milik tes tidak menerima datagram dalam %d ms",
                        shown(addressOf(socket)), limit.toMillis())));
        return datagram;
    }

    /**
     * The next datagram that the program {@code client} sends to this socket of the test's, within {@code limit}:
     * datagrams from anyone else are ignored. If none comes, a verdict: the program ended ({@link Ending}), or
     * it sent nothing ({@code what} says what it should have sent).
     */
    public static Datagram receiveFrom(DatagramSocket socket, Run client, Duration limit, Text what) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            boolean ended = client.exitCodeNow().isPresent();
            // in slices, so that a program that has ended is seen at once: what it sent before is queued already
            Optional<Datagram> datagram = left > 0 ? receiveQuietly(socket, Duration.ofNanos(Math.min(left, SLICE.toNanos())))
                    : Optional.empty();
            if (datagram.isEmpty() && left > 0 && !ended) {
                continue;
            }
            if (datagram.isPresent() && client.sentFrom(datagram.get().from())) {
                Conversation.note("the test's %s received the datagram %s from %s, %s's", "%s milik tes menerima datagram %s dari %s, milik %s",
                        shown(addressOf(socket)), Conversation.shown(datagram.get().bytes()), datagram.get().sender(), client.name());
                return datagram.get();
            }
            if (datagram.isEmpty()) {
                Optional<Integer> exit = client.exitCodeNow();
                throw exit.map(code -> client.endedInstead(code, Text.about(what, "before sending {what}", "sebelum mengirim {what}")))
                        .orElseGet(() -> new Verdict(Status.TIMED_OUT, Text.about(what, "%s sent no {what} within %d s; %s",
                                "%s tidak mengirim {what} dalam %d detik; %s", client.name(), limit.toSeconds(), client.printed())));
            }
        }
    }

    /** As {@link #receive}, without a note: for the datagrams a test's server ignores. */
    static Optional<Datagram> receiveQuietly(DatagramSocket socket, Duration limit) {
        byte[] buffer = new byte[MAX_DATAGRAM];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        try {
            socket.setSoTimeout((int) Math.max(1, limit.toMillis()));
            socket.receive(packet);
            byte[] bytes = Arrays.copyOf(buffer, packet.getLength());
            return Optional.of(new Datagram(bytes, (InetSocketAddress) packet.getSocketAddress()));
        } catch (SocketTimeoutException none) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes a socket of the test's. */
    public static void close(DatagramSocket socket) {
        socket.close();
    }

    private static String shown(InetSocketAddress address) {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }
}
