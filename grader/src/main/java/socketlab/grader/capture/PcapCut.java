package socketlab.grader.capture;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;
import socketlab.grader.result.TestTraffic;

/**
 * Cuts one test's packets out of a classic pcap file (as tcpdump writes it on a loopback: Ethernet, or raw IP): the
 * records whose time and TCP or UDP ports are the test's ({@link TestTraffic#holds}), an ICMP error by the ports of the
 * datagram it quotes; the file's header and each record kept byte for byte. A record it cannot read is left out.
 */
public final class PcapCut {
    private static final int FILE_HEADER = 24;
    private static final int RECORD_HEADER = 16;
    private static final int ETHERNET = 1;
    private static final int RAW_IP = 101;

    private PcapCut() {
    }

    /** The test's records of {@code capture}, as a pcap file; empty where the capture holds none, or is no classic pcap. */
    public static Optional<byte[]> of(byte[] capture, TestTraffic test) {
        if (capture.length < FILE_HEADER) {
            return Optional.empty();
        }
        ByteBuffer file = ByteBuffer.wrap(capture).order(ByteOrder.LITTLE_ENDIAN);
        int magic = file.getInt(0);
        if (magic != 0xa1b2c3d4 && magic != 0xa1b23c4d) {
            file.order(ByteOrder.BIG_ENDIAN);
            magic = file.getInt(0);
            if (magic != 0xa1b2c3d4 && magic != 0xa1b23c4d) {
                return Optional.empty();
            }
        }
        boolean nanoseconds = magic == 0xa1b23c4d;
        int linkType = file.getInt(20) & 0x0fffffff;
        ByteArrayOutputStream cut = new ByteArrayOutputStream();
        cut.write(capture, 0, FILE_HEADER);
        int records = 0;
        for (int at = FILE_HEADER; at + RECORD_HEADER <= capture.length;) {
            long seconds = file.getInt(at) & 0xffffffffL;
            long fraction = file.getInt(at + 4) & 0xffffffffL;
            int captured = file.getInt(at + 8);
            if (captured < 0 || at + RECORD_HEADER + captured > capture.length) {
                break;
            }
            long micros = seconds * 1_000_000L + (nanoseconds ? fraction / 1_000 : fraction);
            ByteBuffer packet = ByteBuffer.wrap(capture, at + RECORD_HEADER, captured).slice().order(ByteOrder.BIG_ENDIAN);
            int[] ports = ports(packet, linkType);
            if (ports != null && test.holds(micros, ports[0], ports[1])) {
                cut.write(capture, at, RECORD_HEADER + captured);
                records++;
            }
            at += RECORD_HEADER + captured;
        }
        return records == 0 ? Optional.empty() : Optional.of(cut.toByteArray());
    }

    /** The packet's two ports (source, destination), or null where it has none this reads. */
    private static int[] ports(ByteBuffer packet, int linkType) {
        int ip;
        if (linkType == ETHERNET && packet.limit() >= 14) {
            int type = packet.getShort(12) & 0xffff;
            if (type != 0x0800 && type != 0x86dd) {
                return null;
            }
            ip = 14;
        } else if (linkType == RAW_IP) {
            ip = 0;
        } else {
            return null;
        }
        return ipPorts(packet, ip, true);
    }

    /** The ports of the IP packet at {@code ip}; an ICMP error's, those of the datagram it quotes (once). */
    private static int[] ipPorts(ByteBuffer packet, int ip, boolean quoted) {
        if (packet.limit() < ip + 1) {
            return null;
        }
        int version = (packet.get(ip) & 0xff) >> 4;
        int protocol;
        int transport;
        if (version == 4 && packet.limit() >= ip + 20) {
            protocol = packet.get(ip + 9) & 0xff;
            transport = ip + (packet.get(ip) & 0x0f) * 4;
        } else if (version == 6 && packet.limit() >= ip + 40) {
            protocol = packet.get(ip + 6) & 0xff;
            transport = ip + 40;
        } else {
            return null;
        }
        if ((protocol == 6 || protocol == 17) && packet.limit() >= transport + 4) {
            return new int[] {packet.getShort(transport) & 0xffff, packet.getShort(transport + 2) & 0xffff};
        }
        boolean icmpError = protocol == 1 && packet.limit() > transport && packet.get(transport) == 3
                || protocol == 58 && packet.limit() > transport && packet.get(transport) == 1;
        return icmpError && quoted ? ipPorts(packet, transport + 8, false) : null;
    }
}
