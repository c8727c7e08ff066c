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
        // BEGIN SOLUTION
        int magic = header.order(ByteOrder.BIG_ENDIAN).getInt(0);
        ByteOrder order = magic == MICROSECONDS || magic == NANOSECONDS ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        int inOrder = header.order(order).getInt(0);
        if (inOrder != MICROSECONDS && inOrder != NANOSECONDS) {
            throw new Pcap.NotPcapException(magic);
        }
        return new Pcap.FileHeader(order, inOrder == NANOSECONDS, header.getInt(16), header.getInt(20) & 0xffff);
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: read the magic number, the"
        // STUB:         + " snap length and the link type");
    }

    /**
     * A record's 16-byte header, in the file's byte order: the time (seconds, then micro- or nanoseconds), the
     * captured length (the bytes that follow in the file) and the original length (the packet's on the wire), each
     * an unsigned 32-bit number.
     */
    static Pcap.Record readRecord(ByteBuffer header, Pcap.FileHeader file) {
        // BEGIN SOLUTION
        header.order(file.order());
        return new Pcap.Record(Integer.toUnsignedLong(header.getInt(0)), Integer.toUnsignedLong(header.getInt(4)),
                Integer.toUnsignedLong(header.getInt(8)), Integer.toUnsignedLong(header.getInt(12)));
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: read the time and the two lengths");
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
        // BEGIN SOLUTION
        int etherType;
        switch (linkType) {
            case 1 -> {
                line.ethernet(Line.mac(frame, 6), Line.mac(frame, 0));
                frame.position(12);
                etherType = Short.toUnsignedInt(frame.getShort());
                while (etherType == VLAN || etherType == QINQ) {
                    line.vlan(frame.getShort() & 0x0fff);
                    etherType = Short.toUnsignedInt(frame.getShort());
                }
            }
            case 113 -> {
                line.cooked(Short.toUnsignedInt(frame.getShort(0)));
                etherType = Short.toUnsignedInt(frame.getShort(14));
                frame.position(16);
            }
            case 276 -> {
                etherType = Short.toUnsignedInt(frame.getShort(0));
                line.cooked(Byte.toUnsignedInt(frame.get(10)));
                frame.position(20);
            }
            case 101 -> etherType = (frame.get(0) >> 4 & 0xf) == 6 ? IPV6 : IPV4;
            case 0, 108 -> {
                int family = frame.order(linkType == 0 && frame.get(0) != 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN).getInt(0);
                frame.order(ByteOrder.BIG_ENDIAN).position(4);
                etherType = family == 2 ? IPV4 : IPV6;
            }
            default -> throw new Pcap.MalformedException("link type " + linkType + " is not one this program reads");
        }
        return etherType;
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: step over the link layer");
    }

    /**
     * An IPv4 packet's header: it is IHL × 4 bytes long (20, or more with options); the total length bounds what
     * follows; a fragment after the first (offset above 0) carries no ports, so only its offset is said; the first
     * carries the transport header. Returns the protocol (6 TCP, 17 UDP, 1 ICMP), negative for a later fragment, the
     * packet's position at the payload and its limit at the packet's end.
     */
    static int ipv4(ByteBuffer packet, Line line) {
        // BEGIN SOLUTION
        int headerLength = (packet.get(0) & 0x0f) * 4;
        int totalLength = Short.toUnsignedInt(packet.getShort(2));
        int fragment = Short.toUnsignedInt(packet.getShort(6));
        int protocol = Byte.toUnsignedInt(packet.get(9));
        line.ip(Line.ipv4(packet, 12), Line.ipv4(packet, 16), totalLength - headerLength);
        int offset = (fragment & 0x1fff) * 8;
        boolean more = (fragment & 0x2000) != 0;
        if (offset > 0 || more) {
            line.fragment(offset, more);
        }
        packet.limit(Math.min(packet.limit(), Math.max(headerLength, totalLength))).position(headerLength);
        return offset == 0 ? protocol : -protocol;
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: read the IPv4 header");
    }

    /**
     * An IPv6 packet's headers: 40 bytes, then a chain of extension headers (Hop-by-Hop 0, Routing 43, Destination
     * Options 60: each (length + 1) × 8 bytes; Fragment 44: 8 bytes) until the transport header; a fragment after the
     * first carries no ports. Returns the transport's protocol (6 TCP, 17 UDP, 58 ICMPv6), negative for a later
     * fragment, the packet's position at the transport header and its limit at the packet's end.
     */
    static int ipv6(ByteBuffer packet, Line line) {
        // BEGIN SOLUTION
        int payloadLength = Short.toUnsignedInt(packet.getShort(4));
        int next = Byte.toUnsignedInt(packet.get(6));
        packet.limit(Math.min(packet.limit(), 40 + payloadLength));
        int at = 40;
        int offset = 0;
        while (next == 0 || next == 43 || next == 60 || next == 44) {
            if (next == 44) {
                int fragment = Short.toUnsignedInt(packet.getShort(at + 2));
                offset = fragment & 0xfff8;
                line.fragment(offset, (fragment & 1) != 0);
                next = Byte.toUnsignedInt(packet.get(at));
                at += 8;
            } else {
                int length = (Byte.toUnsignedInt(packet.get(at + 1)) + 1) * 8;
                next = Byte.toUnsignedInt(packet.get(at));
                at += length;
            }
        }
        line.ip(Line.ipv6(packet, 8), Line.ipv6(packet, 24), payloadLength - (at - 40));
        packet.position(at);
        return offset == 0 ? next : -next;
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: walk the IPv6 headers");
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
        // BEGIN SOLUTION
        int headerLength = (Byte.toUnsignedInt(segment.get(12)) >> 4) * 4;
        line.tcp(Short.toUnsignedInt(segment.getShort(0)), Short.toUnsignedInt(segment.getShort(2)),
                Integer.toUnsignedLong(segment.getInt(4)), Integer.toUnsignedLong(segment.getInt(8)), segment.get(13) & 0xff,
                headerLength, segment.position(Math.min(headerLength, segment.limit())).slice());
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: read the TCP header");
    }

    /** A UDP datagram: the two ports, then the data after its 8-byte header (the length field counts the header too). */
    static void udp(ByteBuffer datagram, Line line) {
        // BEGIN SOLUTION
        int length = Short.toUnsignedInt(datagram.getShort(4));
        line.udp(Short.toUnsignedInt(datagram.getShort(0)), Short.toUnsignedInt(datagram.getShort(2)), length,
                datagram.limit(Math.max(8, Math.min(datagram.limit(), length))).position(8).slice());
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: read the UDP header");
    }

    /**
     * An ICMP message: its type and code; an echo request or reply with its identifier and sequence number; a port
     * unreachable with the addresses and ports of the UDP datagram it quotes (the IP header that came back, then the
     * first 8 bytes of the datagram).
     */
    static void icmp(ByteBuffer message, Line line, boolean ipv6) {
        // BEGIN SOLUTION
        int type = Byte.toUnsignedInt(message.get(0));
        int code = Byte.toUnsignedInt(message.get(1));
        boolean request = type == (ipv6 ? 128 : 8);
        if (request || type == (ipv6 ? 129 : 0)) {
            line.echo(request, Short.toUnsignedInt(message.getShort(4)), Short.toUnsignedInt(message.getShort(6)));
        } else if (ipv6 ? type == 1 && code == 4 : type == 3 && code == 3) {
            int quoted = ipv6 ? 8 + 40 : 8 + (message.get(8) & 0x0f) * 4;
            line.portUnreachable(ipv6 ? Line.ipv6(message, 16) : Line.ipv4(message, 20), Short.toUnsignedInt(message.getShort(quoted)),
                    ipv6 ? Line.ipv6(message, 32) : Line.ipv4(message, 24), Short.toUnsignedInt(message.getShort(quoted + 2)));
        } else {
            line.icmp(type, code);
        }
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: read the ICMP type and code");
    }

    /** An ARP message (Ethernet and IPv4): a request ("who has this address?") or a reply ("it is at this MAC"). */
    static void arp(ByteBuffer message, Line line) {
        // BEGIN SOLUTION
        int operation = Short.toUnsignedInt(message.getShort(6));
        line.arp(operation, Line.mac(message, 8), Line.ipv4(message, 14), Line.ipv4(message, 24));
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: read the ARP message");
    }
}
