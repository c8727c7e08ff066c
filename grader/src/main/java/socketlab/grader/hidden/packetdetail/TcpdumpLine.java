package socketlab.grader.hidden.packetdetail;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of tcpdump's lines for a live capture ({@code tcpdump -nn -e -tt -S}, IPv4 TCP or ARP on Ethernet) written as
 * DetailPaket writes the same packet, without its payload: what the test on other hosts expects, packet by packet.
 * tcpdump leaves out the sequence number of a segment that carries no data and no SYN or FIN: so does the line.
 */
final class TcpdumpLine {
    private static final Pattern ETHERNET = Pattern.compile("^(\\d+\\.\\d+) (\\S+) > (\\S+), ethertype \\S+ \\(0x[0-9a-f]+\\), length \\d+: (.*)$");
    private static final Pattern TCP = Pattern.compile(
            "^(\\d+\\.\\d+\\.\\d+\\.\\d+)\\.(\\d+) > (\\d+\\.\\d+\\.\\d+\\.\\d+)\\.(\\d+): Flags \\[([^\\]]*)\\]"
                    + "(?:, seq (\\d+)(?::\\d+)?)?(?:, ack (\\d+))?,.* length (\\d+)$");
    private static final Pattern REQUEST = Pattern.compile("^Request who-has (\\S+) tell (\\S+), length \\d+$");
    private static final Pattern REPLY = Pattern.compile("^Reply (\\S+) is-at (\\S+), length \\d+$");

    private TcpdumpLine() {
    }

    /** Packet {@code number}'s line as DetailPaket writes it, or empty where tcpdump's line is none of these. */
    static Optional<String> asDetailPaket(int number, String tcpdump) {
        Matcher ethernet = ETHERNET.matcher(tcpdump);
        if (!ethernet.matches()) {
            return Optional.empty();
        }
        String start = number + " " + ethernet.group(1) + " eth " + ethernet.group(2) + " > " + ethernet.group(3) + " ";
        String rest = ethernet.group(4);
        Matcher tcp = TCP.matcher(rest);
        if (tcp.matches()) {
            String seq = tcp.group(6) == null ? "" : " seq " + tcp.group(6);
            String ack = tcp.group(7) == null ? "" : " ack " + tcp.group(7);
            return Optional.of(start + "TCP " + tcp.group(1) + ":" + tcp.group(2) + " > " + tcp.group(3) + ":" + tcp.group(4)
                    + " [" + tcp.group(5) + "]" + seq + ack + " length " + tcp.group(8));
        }
        Matcher request = REQUEST.matcher(rest);
        if (request.matches()) {
            return Optional.of(start + "ARP who-has " + request.group(1) + " tell " + request.group(2));
        }
        Matcher reply = REPLY.matcher(rest);
        return reply.matches() ? Optional.of(start + "ARP " + reply.group(1) + " is-at " + reply.group(2)) : Optional.empty();
    }
}
