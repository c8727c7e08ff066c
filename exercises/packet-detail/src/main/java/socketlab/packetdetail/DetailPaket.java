package socketlab.packetdetail;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * DetailPaket, the seed's detailsocket.py one layer down: what a PF_PACKET socket saw, read from a capture (a classic
 * pcap file, as {@code tcpdump -w} writes it), one line per packet, then each conversation. Write the methods below;
 * the rest is given (no need to open it): {@link Line} writes the words, {@link Capture} reads the bytes.
 */
public final class DetailPaket {
    /** pcap's magic numbers: seconds and microseconds, or seconds and nanoseconds. */
    static final int MICROSECONDS = 0xa1b2c3d4;
    static final int NANOSECONDS = 0xa1b23c4d;
    /** The EtherTypes this program decodes, and the VLAN tags it steps over. */
    static final int IPV4 = 0x0800;
    static final int IPV6 = 0x86dd;
    static final int ARP = 0x0806;
    static final int VLAN = 0x8100;
    static final int QINQ = 0x88a8;

    public static void main(String[] args) {
        System.exit(DetailPaketCommand.execute(System.in, System.out, System.err, args));
    }

    /** Reads the capture: the file's header, then each record, one line each; then the conversations. */
    static void print(DetailPaketCommand options, Capture capture, PrintStream out) throws IOException {
        Pcap.FileHeader file = readFileHeader(capture.header());
        Conversations conversations = new Conversations();
        for (long number = 1; ; number++) {
            Optional<ByteBuffer> header = capture.recordHeader(file.order());
            if (header.isEmpty()) {
                break;
            }
            Pcap.Record record = readRecord(header.get(), file);
            Line line = new Line(number, record, file, options.payload);
            line.decode(capture.data(record), data -> decode(data, file.linkType(), line));
            out.println(line);
            conversations.add(line);
        }
        conversations.print(out);
    }

    /**
     * The file header's 24 bytes: its magic number says the byte order of every field after it (the writer's) and
     * whether times are in micro- or nanoseconds; then the snap length (the most bytes kept of a packet) and the link
     * type (the low 16 bits of the last field). A pcapng file, or any other magic number, is not a pcap file.
     */
    static Pcap.FileHeader readFileHeader(ByteBuffer header) {
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: read the magic number, the"
                + " snap length and the link type");
    }

    /**
     * A record's 16-byte header, in the file's byte order: the time (seconds, then micro- or nanoseconds), the
     * captured length (the bytes that follow in the file) and the original length (the packet's on the wire), each
     * an unsigned 32-bit number.
     */
    static Pcap.Record readRecord(ByteBuffer header, Pcap.FileHeader file) {
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: read the time and the two lengths");
    }

    /** One record's layers, outside in: the link layer, the packet it carries, and the transport inside that. */
    static void decode(ByteBuffer frame, int linkType, Line line) {
        int etherType = linkLayer(frame, linkType, line);
        ByteBuffer packet = frame.slice().order(ByteOrder.BIG_ENDIAN);
        switch (etherType) {
            case IPV4 -> transport(ipv4(packet, line), packet.slice(), line, false);
            case IPV6 -> transport(ipv6(packet, line), packet.slice(), line, true);
            case ARP -> arp(packet, line);
            default -> line.other(etherType, packet.remaining());
        }
    }

    /**
     * The link layer by the file's link type: Ethernet (1: two MAC addresses, then the EtherType, after any 802.1Q or
     * 802.1ad tags), Linux cooked (113: 16 bytes, the protocol last; 276: 20 bytes, the protocol first), raw IP (101:
     * no header, the version nibble says which IP) and BSD loopback (0: 4 bytes in the capturing host's order; 108:
     * the same in network order). Returns the EtherType of what the frame carries (IPv4 for raw IPv4 and BSD loopback's
     * 2, IPv6 for the others), the frame's position at its first byte.
     */
    static int linkLayer(ByteBuffer frame, int linkType, Line line) {
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: step over the link layer");
    }

    /**
     * An IPv4 packet's header: it is IHL × 4 bytes long (20, or more with options); the total length bounds what
     * follows; a fragment after the first (offset above 0) carries no ports, so only its offset is said; the first
     * carries the transport header. Returns the protocol (6 TCP, 17 UDP, 1 ICMP), negative for a later fragment, the
     * packet's position at the payload and its limit at the packet's end.
     */
    static int ipv4(ByteBuffer packet, Line line) {
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: read the IPv4 header");
    }

    /**
     * An IPv6 packet's headers: 40 bytes, then a chain of extension headers (Hop-by-Hop 0, Routing 43, Destination
     * Options 60: each (length + 1) × 8 bytes; Fragment 44: 8 bytes) until the transport header; a fragment after the
     * first carries no ports. Returns the transport's protocol (6 TCP, 17 UDP, 58 ICMPv6), negative for a later
     * fragment, the packet's position at the transport header and its limit at the packet's end.
     */
    static int ipv6(ByteBuffer packet, Line line) {
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: walk the IPv6 headers");
    }

    /** The transport layer by its protocol number (negative: a later fragment, with no header of its own). */
    static void transport(int protocol, ByteBuffer segment, Line line, boolean ipv6) {
        switch (protocol) {
            case 6 -> tcp(segment, line);
            case 17 -> udp(segment, line);
            case 1, 58 -> icmp(segment, line, ipv6);
            default -> line.protocol(Math.abs(protocol));
        }
    }

    /**
     * A TCP segment: the two ports, the sequence and acknowledgement numbers, the flags, and the data after the header,
     * which is data offset × 4 bytes long (20, 32 with timestamps, 40 on a Linux SYN).
     */
    static void tcp(ByteBuffer segment, Line line) {
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: read the TCP header");
    }

    /** A UDP datagram: the two ports, then the data after its 8-byte header (the length field counts the header too). */
    static void udp(ByteBuffer datagram, Line line) {
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: read the UDP header");
    }

    /**
     * An ICMP message: its type and code; an echo request or reply with its identifier and sequence number; a port
     * unreachable with the addresses and ports of the UDP datagram it quotes (the IP header that came back, then the
     * first 8 bytes of the datagram).
     */
    static void icmp(ByteBuffer message, Line line, boolean ipv6) {
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: read the ICMP type and code");
    }

    /** An ARP message (Ethernet and IPv4): a request ("who has this address?") or a reply ("it is at this MAC"). */
    static void arp(ByteBuffer message, Line line) {
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: read the ARP message");
    }
}
