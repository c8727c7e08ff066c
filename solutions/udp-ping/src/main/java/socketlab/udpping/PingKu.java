package socketlab.udpping;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PingKu, the UDP pinger in the seed's style: it sends {@code --count} pings ("Ping <seq> <time>") to a UDP
 * server (sendto), waits at most {@code --timeout} ms for each one's reply, the ping upper-cased (recvfrom), prints
 * the reply and its round-trip time or "Request timed out", then how many were lost and the RTTs. UDP promises
 * nothing: a ping or its reply may be lost, come late, or come twice. Write the five methods below; the options,
 * help and error lines are given in PingKuCommand.java, which you need not open.
 */
public final class PingKu {
    static final String TIMED_OUT = "Request timed out";

    public static void main(String[] args) {
        System.exit(PingKuCommand.execute(System.out, System.err, args));
    }

    /** One ping after another, each waiting for its own reply or its timeout; then the summary. */
    static void ping(PingKuCommand options, PrintStream out) throws IOException {
        try (DatagramSocket socket = openSocket(options.timeout)) {
            InetSocketAddress server = options.server(); // given: --host and --port, looked up once
            List<Double> rtts = new ArrayList<>();
            for (int seq = 1; seq <= options.count; seq++) {
                String ping = "Ping " + seq + " " + System.currentTimeMillis();
                long sent = System.nanoTime();
                sendPing(socket, ping, server);
                String reply = awaitReply(socket, server, ping);
                if (reply == null) {
                    out.println(TIMED_OUT);
                } else {
                    double rtt = millisSince(sent);
                    rtts.add(rtt);
                    out.println("Reply from " + options.hostAndPort() + ": " + reply
                            + " time=" + PingKuCommand.millis(rtt) + " ms");
                }
            }
            double loss = lossPercent(options.count, rtts.size());
            out.println(options.count + " sent, " + rtts.size() + " received, " + PingKuCommand.percent(loss) + "% loss");
            if (!rtts.isEmpty()) {
                out.println("rtt min/avg/max = " + PingKuCommand.minAvgMax(rtts) + " ms");
            }
        }
    }

    /** Creates a UDP socket on a free port whose receive waits timeoutMillis at most. */
    static DatagramSocket openSocket(int timeoutMillis) throws IOException {
        // seed: s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        //       s.settimeout(1)
        // BEGIN SOLUTION
        DatagramSocket socket = new DatagramSocket();
        socket.setSoTimeout(timeoutMillis);
        return socket;
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: create a DatagramSocket"
        // STUB:         + " and set its timeout (socket, settimeout)");
    }

    /** Sends the ping's text as UTF-8, in one datagram, to the server. */
    static void sendPing(DatagramSocket socket, String ping, InetSocketAddress server) throws IOException {
        // seed: s.sendto(message, (host, port))
        // BEGIN SOLUTION
        byte[] bytes = ping.getBytes(UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, server));
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: send the ping's UTF-8 bytes"
        // STUB:         + " in one datagram to the server (sendto)");
    }

    /**
     * Waits for this ping's reply: the first datagram from the server's address and port whose text is the ping
     * upper-cased. Other datagrams (from elsewhere, or late replies to earlier pings) are ignored. Returns the
     * reply's text, or null when none came within the socket's timeout.
     */
    static String awaitReply(DatagramSocket socket, InetSocketAddress server, String ping) throws IOException {
        // seed: data, addr = s.recvfrom(1024)
        // BEGIN SOLUTION
        int timeout = socket.getSoTimeout();
        long deadline = System.nanoTime() + timeout * 1_000_000L;
        String expected = ping.toUpperCase(Locale.ROOT);
        byte[] buffer = new byte[1024];
        try {
            while (true) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left < 1) {
                    return null;
                }
                socket.setSoTimeout((int) left);
                DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
                try {
                    socket.receive(packet);
                } catch (SocketTimeoutException none) {
                    return null;
                }
                String text = new String(buffer, 0, packet.getLength(), UTF_8);
                if (packet.getSocketAddress().equals(server) && text.equals(expected)) {
                    return text;
                }
            }
        } finally {
            socket.setSoTimeout(timeout);
        }
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: receive datagrams until the"
        // STUB:         + " server's reply to this ping comes, or the timeout (recvfrom)");
    }

    /** The milliseconds from {@code startNanos} (a System.nanoTime() reading) to now. */
    static double millisSince(long startNanos) {
        // seed: (none: Python's time.time() gives seconds; the course prints milliseconds)
        // BEGIN SOLUTION
        return (System.nanoTime() - startNanos) / 1_000_000.0;
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: the milliseconds since"
        // STUB:         + " startNanos (System.nanoTime)");
    }

    /** The percentage of the pings sent that got no reply: 1 lost of 4 sent is 25.0. */
    static double lossPercent(int sent, int received) {
        // seed: (none: the pinger of Kurose and Ross prints it)
        // BEGIN SOLUTION
        return 100.0 * (sent - received) / sent;
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: the percentage of the pings"
        // STUB:         + " sent that got no reply");
    }
}
