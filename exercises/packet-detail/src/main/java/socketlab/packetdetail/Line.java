package socketlab.packetdetail;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Given, not part of the exercise: one packet's line, as DetailPaket's methods find its layers. They say what they
 * read ({@link #ethernet}, {@link #ip}, {@link #tcp}, ...); this class writes the words, always the same way:
 * <pre>
 * 1 1701234567.000001 eth 00:00:00:00:00:00 > 00:00:00:00:00:00 TCP 127.0.0.1:40000 > 127.0.0.1:40123 [S] seq 396735829 length 0
 * 5 1701234567.000420 eth 00:00:00:00:00:00 > 00:00:00:00:00:00 UDP [::1]:40001 > [::1]:40124 length 6
 * 9 1701234568.250000 raw IP 10.0.0.1 > 10.0.0.2 fragment 1480 proto 17 length 1480 cut short: captured 60 of 1514 bytes
 * </pre>
 */
final class Line {
    /** The most payload bytes {@code --payload} shows. */
    private static final int SHOWN = 64;

    final long number;
    private final Pcap.Record record;
    private final Pcap.FileHeader file;
    private final boolean showPayload;
    private final List<String> link = new ArrayList<>();
    private String source;
    private String destination;
    private boolean ipv6;
    /** The IP payload's length as its header declares it (what the wire carried, whatever the snap length kept). */
    private int ipPayload = -1;
    /** The data's length as the headers declare it. */
    private int declared;
    private String fragment = "";
    /** The transport's words once known: the protocol's name and the text after the two addresses. */
    String protocol;
    int sourcePort = -1;
    int destinationPort = -1;
    int tcpFlags;
    private String details = "";
    private ByteBuffer payload = ByteBuffer.allocate(0);
    private final List<String> notes = new ArrayList<>();

    Line(long number, Pcap.Record record, Pcap.FileHeader file, boolean showPayload) {
        this.number = number;
        this.record = record;
        this.file = file;
        this.showPayload = showPayload;
    }

    /**
     * Runs {@code decoder} on the record's bytes; a header that runs past them is "cut short" where the snap length
     * cut the packet, "malformed" otherwise, and so is a record whose lengths cannot be right.
     */
    void decode(ByteBuffer data, Consumer<ByteBuffer> decoder) {
        Optional<String> wrong = record.malformed(file.snapLength());
        if (wrong.isPresent()) {
            notes.add("malformed: " + wrong.get());
            return;
        }
        try {
            decoder.accept(data.order(ByteOrder.BIG_ENDIAN));
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException past) {
            notes.add(record.cutShort() ? "cut short: captured " + record.captured() + " of " + record.original() + " bytes"
                    : "malformed: a header runs past the end of the packet");
        } catch (Pcap.MalformedException malformed) {
            notes.add("malformed: " + malformed.getMessage());
        }
        if (record.cutShort() && notes.isEmpty()) {
            notes.add("cut short: captured " + record.captured() + " of " + record.original() + " bytes");
        }
    }

    /** An Ethernet frame's two MAC addresses. */
    void ethernet(String sourceMac, String destinationMac) {
        link.add("eth " + sourceMac + " > " + destinationMac);
    }

    /** An 802.1Q or 802.1ad tag's VLAN number. */
    void vlan(int id) {
        link.add("vlan " + id);
    }

    /** A Linux cooked header's packet type: 0 to this host, 1 broadcast, 2 multicast, 3 to another host, 4 sent by this host. */
    void cooked(int packetType) {
        link.add("cooked " + switch (packetType) {
            case 0 -> "in";
            case 1 -> "broadcast";
            case 2 -> "multicast";
            case 3 -> "other-host";
            case 4 -> "out";
            default -> "type-" + packetType;
        });
    }

    /**
     * The IP packet's two addresses, as {@link #ipv4} and {@link #ipv6} write them, and its payload's length as its
     * header declares it (after any IPv4 options or IPv6 extension headers).
     */
    void ip(String from, String to, int payloadLength) {
        this.source = from;
        this.destination = to;
        this.ipv6 = from.contains(":");
        this.ipPayload = payloadLength;
    }

    /** A fragment: its offset in bytes, and whether more follow. */
    void fragment(int offset, boolean more) {
        fragment = " fragment " + offset + (more ? "+" : "");
    }

    /** A TCP segment's header fields, its header's length and its data (what the record kept of it). */
    void tcp(int from, int to, long sequence, long acknowledgement, int flags, int headerLength, ByteBuffer data) {
        transport("TCP", from, to, data, ipPayload - headerLength);
        tcpFlags = flags;
        details = " " + flagLetters(flags) + " seq " + sequence + ((flags & ACK) != 0 ? " ack " + acknowledgement : "");
    }

    /** A UDP datagram's ports, its length field (the 8-byte header included) and its data (what the record kept of it). */
    void udp(int from, int to, int length, ByteBuffer data) {
        transport("UDP", from, to, data, length - 8);
    }

    /** An ICMP echo request or reply. */
    void echo(boolean request, int identifier, int sequence) {
        icmpWords((request ? " echo request" : " echo reply") + " id " + identifier + " seq " + sequence);
    }

    /** An ICMP port unreachable, with the addresses and ports of the UDP datagram it quotes (its sender, then where it went). */
    void portUnreachable(String quotedSource, int quotedFrom, String quotedDestination, int quotedTo) {
        icmpWords(" port unreachable: UDP " + end(quotedSource, quotedFrom) + " > " + end(quotedDestination, quotedTo));
    }

    /** Any other ICMP message. */
    void icmp(int type, int code) {
        icmpWords(" type " + type + " code " + code);
    }

    /** An ARP request (operation 1) or reply (2). */
    void arp(int operation, String senderMac, String senderIp, String targetIp) {
        protocol = "ARP";
        details = operation == 1 ? " who-has " + targetIp + " tell " + senderIp
                : operation == 2 ? " " + senderIp + " is-at " + senderMac : " operation " + operation;
    }

    /** A packet of an EtherType this program does not read. */
    void other(int etherType, int length) {
        protocol = String.format("ethertype 0x%04x", etherType);
        details = " length " + length;
    }

    /** An IP packet of another protocol, or a later fragment (no transport header of its own): its payload's declared length. */
    void protocol(int number) {
        protocol = ipv6 ? "IP6" : "IP";
        details = " proto " + number + " length " + ipPayload;
    }

    /** Six bytes at {@code at} as a MAC address: {@code 02:42:ac:11:00:02}. */
    static String mac(ByteBuffer bytes, int at) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            text.append(i == 0 ? "" : ":").append(String.format("%02x", bytes.get(at + i) & 0xff));
        }
        return text.toString();
    }

    /** Four bytes at {@code at} as an IPv4 address. */
    static String ipv4(ByteBuffer bytes, int at) {
        return (bytes.get(at) & 0xff) + "." + (bytes.get(at + 1) & 0xff) + "." + (bytes.get(at + 2) & 0xff) + "." + (bytes.get(at + 3) & 0xff);
    }

    /** Sixteen bytes at {@code at} as an IPv6 address, its longest run of zero groups written "::" (RFC 5952), as tcpdump does. */
    static String ipv6(ByteBuffer bytes, int at) {
        int[] groups = new int[8];
        for (int i = 0; i < 8; i++) {
            groups[i] = Short.toUnsignedInt(bytes.getShort(at + 2 * i));
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; i++) {
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
            } else {
                text.append(text.length() == 0 || text.charAt(text.length() - 1) == ':' ? "" : ":").append(Integer.toHexString(groups[i]));
            }
        }
        return text.toString();
    }

    /** The TCP flags ACK, and the rest as tcpdump writes them. */
    static final int ACK = 0x10;

    /** tcpdump's letters: S SYN, F FIN, P PUSH, R RST, U URG, E ECE, W CWR, then "." for ACK; "none" for none. */
    static String flagLetters(int flags) {
        StringBuilder letters = new StringBuilder();
        int[] bits = {0x02, 0x01, 0x08, 0x04, 0x20, 0x40, 0x80};
        String names = "SFPRUEW";
        for (int i = 0; i < bits.length; i++) {
            if ((flags & bits[i]) != 0) {
                letters.append(names.charAt(i));
            }
        }
        if ((flags & ACK) != 0) {
            letters.append('.');
        }
        return "[" + (letters.length() == 0 ? "none" : letters) + "]";
    }

    String sourceEnd() {
        return end(source, sourcePort);
    }

    String destinationEnd() {
        return end(destination, destinationPort);
    }

    /** The data's length after the transport header, as the headers declare it (what the wire carried). */
    int payloadLength() {
        return declared;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(number).append(' ').append(record.seconds()).append('.')
                .append(String.format(file.nanoseconds() ? "%09d" : "%06d", record.fraction()));
        link.forEach(part -> text.append(' ').append(part));
        if (protocol != null) {
            text.append(' ').append(protocol);
            if (source != null && !protocol.equals("ARP")) {
                text.append(' ').append(sourceEnd()).append(" > ").append(destinationEnd());
            }
            text.append(fragment).append(details);
            if (sourcePort >= 0) {
                text.append(" length ").append(payloadLength());
            }
        } else if (source != null) {
            text.append(ipv6 ? " IP6 " : " IP ").append(source).append(" > ").append(destination).append(fragment);
        }
        if (showPayload && payload.hasRemaining()) {
            text.append(" payload \"").append(printable(payload)).append('"');
        }
        notes.forEach(note -> text.append(' ').append(note));
        return text.toString();
    }

    private void transport(String name, int from, int to, ByteBuffer data, int declaredLength) {
        protocol = name;
        sourcePort = from;
        destinationPort = to;
        payload = data;
        declared = declaredLength;
    }

    private void icmpWords(String words) {
        protocol = ipv6 ? "ICMP6" : "ICMP";
        details = words;
    }

    private String end(String address, int port) {
        if (port < 0) {
            return address;
        }
        return (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
    }

    private static String printable(ByteBuffer data) {
        StringBuilder text = new StringBuilder();
        for (int i = data.position(); i < data.limit() && text.length() < SHOWN; i++) {
            int b = data.get(i) & 0xff;
            text.append(b >= 0x20 && b < 0x7f && b != '"' && b != '\\' ? (char) b : '.');
        }
        return text + (data.remaining() > SHOWN ? "…" : "");
    }
}
