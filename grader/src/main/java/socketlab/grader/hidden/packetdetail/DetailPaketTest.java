package socketlab.grader.hidden.packetdetail;

import static socketlab.grader.hidden.packetdetail.PacketLine.Part.DETAILS;
import static socketlab.grader.hidden.packetdetail.PacketLine.Part.FRAGMENT;
import static socketlab.grader.hidden.packetdetail.PacketLine.Part.HOSTS;
import static socketlab.grader.hidden.packetdetail.PacketLine.Part.LENGTH;
import static socketlab.grader.hidden.packetdetail.PacketLine.Part.NOTES;
import static socketlab.grader.hidden.packetdetail.PacketLine.Part.NUMBER;
import static socketlab.grader.hidden.packetdetail.PacketLine.Part.PAYLOAD;
import static socketlab.grader.hidden.packetdetail.PacketLine.Part.PORTS;
import static socketlab.grader.hidden.packetdetail.PacketLine.Part.PROTOCOL;
import static socketlab.grader.hidden.packetdetail.PacketLine.Part.TAGS;
import static socketlab.grader.hidden.packetdetail.PacketLine.Part.TIME;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Expect;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.program.Quote;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.NotJudged;

/**
 * Hidden tests of DetailPaket: it reads captures crafted for each trap of the format and captures of the course's own
 * programs, and each test compares the parts of its lines it judges with what the reference prints (see
 * {@link PacketLine}; tcpdump agrees with the reference on every capture, checked by the project's own tests).
 */
@HiddenTests
public final class DetailPaketTest {
    private static final String HEADER = "DetailPaket.readFileHeader: ";
    static final String RECORD = "DetailPaket.readRecord: ";
    static final String LINK_LAYER = "DetailPaket.linkLayer: ";
    static final String TCP = "DetailPaket.tcp: the two ports, the sequence and acknowledgement numbers, the flags";
    static final String TCP_DATA = "DetailPaket.tcp: the data after the header, which is data offset × 4 bytes long";
    private static final String BYTE_ORDER = "its magic number says the byte order of every field after it";

    @Test
    @Order(1)
    @Graded(points = 2, en = "reads a file written little-endian, as tcpdump on a PC writes it",
            id = "membaca file yang ditulis little-endian, seperti tcpdump di PC", section = "packet-detail#file",
            judges = {HEADER + BYTE_ORDER,
                RECORD + "in the file's byte order"})
    void readsALittleEndianFile(Subject detailPaket) {
        expectLines(detailPaket, EnumSet.of(NUMBER), "little-endian-micro.pcap");
    }

    @Test
    @Order(2)
    @Graded(points = 2, en = "reads a file written big-endian", id = "membaca file yang ditulis big-endian", section = "packet-detail#file",
            judges = {HEADER + BYTE_ORDER,
                RECORD + "in the file's byte order"})
    void readsABigEndianFile(Subject detailPaket) {
        expectLines(detailPaket, EnumSet.of(NUMBER), "big-endian-micro.pcap");
    }

    @Test
    @Order(3)
    @Graded(points = 1, en = "prints times in nanoseconds from a nanosecond file", id = "mencetak waktu dalam nanodetik dari file nanodetik",
            section = "packet-detail#file", judges = {HEADER + "whether times are in micro- or nanoseconds",
                RECORD + "the time (seconds, then micro- or nanoseconds)"})
    void printsNanosecondTimes(Subject detailPaket) {
        expectLines(detailPaket, EnumSet.of(TIME), "little-endian-nano.pcap", "big-endian-nano.pcap");
    }

    @Test
    @Order(4)
    @Graded(points = 1, en = "refuses a pcapng file and a file that is no capture, in one line",
            id = "menolak file pcapng dan file yang bukan capture, dalam satu baris", section = "packet-detail#file",
            judges = {HEADER + "A pcapng file, or any other magic number, is not a pcap file", "DetailPaketCommand: its error lines"})
    void refusesAPcapngFile(Subject detailPaket) {
        // what the line must name, in either language: pcapng's own name, or the first four bytes as the magic number read
        for (String[] fileAndWord : new String[][] {{"wireshark.pcapng", "pcapng"}, {"not-a-capture.pcap", "0x48616920"}}) {
            String file = fileAndWord[0];
            Run run = detailPaket.start(detailPaket.input(file, Captures.bytes(file)).toString());
            Expect.reportsFailureInOneLine(run, Text.of("reading %s", "membaca %s", file));
            Expect.that(run.stdout().isEmpty(), "for %s expected no line on stdout, got %s", "untuk %s diharapkan tanpa baris di stdout, ternyata %s",
                    file, Quote.lines(run.stdout()));
            Expect.that(run.stderr().stream().anyMatch(line -> line.contains(fileAndWord[1])),
                    "for %s expected the line to say it is no pcap file (\"%s\"), got %s",
                    "untuk %s diharapkan baris yang menyebut bahwa ia bukan file pcap (\"%s\"), ternyata %s",
                    file, fileAndWord[1], Quote.lines(run.stderr()));
        }
    }

    @Test
    @Order(5)
    @Graded(points = 3, en = "decodes a TCP conversation, ServerKu and ClientKu's as tcpdump captured it",
            id = "menguraikan percakapan TCP, milik ServerKu dan ClientKu seperti yang ditangkap tcpdump", section = "packet-detail#wire",
            judges = {RECORD + "the time (seconds, then micro- or nanoseconds)", LINK_LAYER + "two MAC addresses, then the EtherType",
                "DetailPaket.ipv4: it is IHL × 4 bytes long", TCP,
                TCP_DATA})
    void decodesTheCourseConversation(Subject detailPaket) {
        expectLines(detailPaket, PacketLine.ALL, "serverku-clientku.pcap", "tcp-conversation.pcap");
    }

    @Test
    @Order(6)
    @Graded(points = 1, en = "steps over 802.1Q and 802.1ad VLAN tags", id = "melewati tag VLAN 802.1Q dan 802.1ad", section = "packet-detail#link",
            judges = {LINK_LAYER + "after any 802.1Q or 802.1ad tags"})
    void stepsOverVlanTags(Subject detailPaket) {
        expectLines(detailPaket, EnumSet.of(TAGS, PROTOCOL, HOSTS), "vlan.pcap");
    }

    @Test
    @Order(7)
    @Graded(points = 2, en = "reads Linux cooked captures (tcpdump -i any), old and new",
            id = "membaca capture Linux cooked (tcpdump -i any), lama dan baru", section = "packet-detail#link",
            judges = {LINK_LAYER + "Linux cooked (113: 16 bytes, the protocol last; 276: 20 bytes, the protocol first)"})
    void readsLinuxCookedCaptures(Subject detailPaket) {
        expectLines(detailPaket, EnumSet.of(TAGS, PROTOCOL, HOSTS), "linux-sll.pcap", "linux-sll2.pcap");
    }

    @Test
    @Order(8)
    @Graded(points = 2, en = "reads raw IP and BSD loopback captures", id = "membaca capture raw IP dan loopback BSD", section = "packet-detail#link",
            judges = {LINK_LAYER + "raw IP (101: no header, the version nibble says which IP)",
                LINK_LAYER + "BSD loopback (0: 4 bytes in the capturing host's order; 108: the same in network order)"})
    void readsRawIpAndLoopbackCaptures(Subject detailPaket) {
        expectLines(detailPaket, EnumSet.of(TAGS, PROTOCOL, HOSTS), "raw-ip.pcap", "bsd-loopback.pcap", "openbsd-loop.pcap");
    }

    @Test
    @Order(9)
    @Graded(points = 1, en = "finds the transport header after IPv4 options", id = "menemukan header transport setelah opsi IPv4",
            section = "packet-detail#ip", judges = {"DetailPaket.ipv4: it is IHL × 4 bytes long (20, or more with options)"})
    void findsTheTransportAfterIpv4Options(Subject detailPaket) {
        expectLines(detailPaket, EnumSet.of(LENGTH), "ipv4-options.pcap");
    }

    @Test
    @Order(10)
    @Graded(points = 2, en = "says an IPv4 fragment after the first without ports", id = "menyebut fragmen IPv4 setelah yang pertama tanpa port",
            section = "packet-detail#ip", judges = {"DetailPaket.ipv4: a fragment after the first (offset above 0) carries no ports"})
    void saysLaterFragmentsWithoutPorts(Subject detailPaket) {
        expectLines(detailPaket, EnumSet.of(PROTOCOL, FRAGMENT, DETAILS), "ipv4-fragments.pcap");
    }

    @Test
    @Order(11)
    @Graded(points = 2, en = "walks IPv6 extension headers to the transport", id = "menelusuri header ekstensi IPv6 sampai transport",
            section = "packet-detail#ip", judges = {"DetailPaket.ipv6: a chain of extension headers", "DetailPaket.ipv6: 40 bytes",
                "DetailPaket.ipv6: a fragment after the first carries no ports"})
    void walksIpv6ExtensionHeaders(Subject detailPaket) {
        expectLines(detailPaket, EnumSet.of(PROTOCOL, HOSTS, FRAGMENT, LENGTH), "ipv6-extension-headers.pcap");
    }

    @Test
    @Order(12)
    @Graded(points = 1, en = "decodes ServerKu and ClientKu on ::1", id = "menguraikan ServerKu dan ClientKu di ::1", section = "packet-detail#ip",
            judges = {"DetailPaket.ipv6: 40 bytes"})
    void decodesIpv6OnLoopback(Subject detailPaket) {
        expectLines(detailPaket, EnumSet.of(PROTOCOL, HOSTS, PORTS), "serverku-clientku-ipv6.pcap");
    }

    @Test
    @Order(13)
    @Graded(points = 2, en = "reads TCP's flags, sequence and acknowledgement numbers, a reset included",
            id = "membaca flag, nomor urut dan nomor ack TCP, termasuk reset", section = "packet-detail#tcp",
            judges = {TCP})
    void readsTcpFlagsAndNumbers(Subject detailPaket) {
        expectLines(detailPaket, EnumSet.of(PORTS, DETAILS), "tcp-conversation.pcap", "tcp-reset.pcap", "seed-serverku-clientku.pcap");
    }

    @Test
    @Order(14)
    @Graded(points = 2, en = "finds a segment's data after the TCP header's options",
            id = "menemukan data segmen setelah opsi header TCP", section = "packet-detail#tcp",
            judges = {TCP_DATA})
    void findsTcpDataAfterItsOptions(Subject detailPaket) {
        expectLines(detailPaket, EnumSet.of(LENGTH, PAYLOAD), true, "tcp-conversation.pcap", "serverku-clientku.pcap");
    }

    @Test
    @Order(15)
    @Graded(points = 1, en = "reads UDP datagrams: PingKu with a lost reply", id = "membaca datagram UDP: PingKu dengan balasan yang hilang",
            section = "packet-detail#udp", judges = {"DetailPaket.udp: the two ports, then the data after its 8-byte header"})
    void readsUdpDatagrams(Subject detailPaket) {
        expectLines(detailPaket, EnumSet.of(PORTS, LENGTH), "pingku-lost-reply.pcap");
    }

    @Test
    @Order(16)
    @Graded(points = 2, en = "decodes ICMP echo and a port unreachable", id = "menguraikan ICMP echo dan port unreachable",
            section = "packet-detail#icmp", judges = {"DetailPaket.icmp: an echo request or reply with its identifier and sequence number",
                "DetailPaket.icmp: a port unreachable with the addresses and ports of the UDP datagram it quotes"})
    void decodesIcmp(Subject detailPaket) {
        expectLines(detailPaket, EnumSet.of(PROTOCOL, DETAILS), "icmp.pcap", "closed-udp-port.pcap");
    }

    @Test
    @Order(17)
    @Graded(points = 1, en = "decodes an ARP request and its reply", id = "menguraikan permintaan ARP dan balasannya", section = "packet-detail#link",
            judges = {"DetailPaket.arp: a request (\"who has this address?\") or a reply (\"it is at this MAC\")"})
    void decodesArp(Subject detailPaket) {
        expectLines(detailPaket, EnumSet.of(PROTOCOL, DETAILS), "arp.pcap");
    }

    @Test
    @Order(18)
    @Graded(points = 1, en = "says a packet cut short by the snap length, and goes on",
            id = "menyebut paket yang terpotong snap length, lalu lanjut", section = "packet-detail#records",
            judges = {RECORD + "the captured length (the bytes that follow in the file) and the original length (the packet's on the wire)"})
    void saysAPacketCutShort(Subject detailPaket) {
        expectLines(detailPaket, EnumSet.of(NUMBER, NOTES), "snap-length-60.pcap", "bad-lengths.pcap", "unknown-link-type.pcap");
    }

    @Test
    @Order(19)
    @Graded(points = 1, en = "says a file that ends inside a record in one line, after the lines before it",
            id = "menyebut file yang berakhir di tengah record dalam satu baris, setelah baris sebelumnya", section = "packet-detail#records",
            judges = {"DetailPaketCommand: its error lines"})
    void saysAFileThatEndsInsideARecord(Subject detailPaket) {
        for (String file : List.of("ends-inside-a-record.pcap", "empty.pcap", "ends-inside-the-header.pcap", "ends-inside-a-record-header.pcap",
                "claims-20-mib.pcap")) {
            Run run = detailPaket.start(detailPaket.input(file, Captures.bytes(file)).toString());
            Expect.reportsFailureInOneLine(run, Text.of("reading %s", "membaca %s", file));
        }
    }

    @Test
    @Order(20)
    @Graded(points = 1, en = "reads a capture from standard input, as tcpdump -w - writes it",
            id = "membaca capture dari standard input, seperti yang ditulis tcpdump -w -", section = "packet-detail#capture",
            judges = {"DetailPaketCommand: or \"-\" for standard input"})
    void readsACaptureFromStandardInput(Subject detailPaket) {
        String file = "serverku-clientku.pcap";
        byte[] capture = Captures.bytes(file);
        Run run = detailPaket.startReading(detailPaket.input(file, capture), "-");
        judge(detailPaket, "- < " + file, capture, mismatch("- < " + file, capture, run, Captures.expected("serverku-clientku"),
                EnumSet.of(NUMBER, PROTOCOL, PORTS)));
    }

    private static void expectLines(Subject detailPaket, Set<PacketLine.Part> parts, String... files) {
        expectLines(detailPaket, parts, false, files);
    }

    /**
     * Runs DetailPaket on each capture and compares the parts of its lines the test judges with the reference's lines.
     * Where they differ, and DetailPaket cannot read the simplest capture of the same byte order either, it does not read
     * the file's records: what the two tests of the byte order judge, so this test cannot judge its own subject ("not
     * judged"), unless it is one of them.
     */
    private static void expectLines(Subject detailPaket, Set<PacketLine.Part> parts, boolean payload, String... files) {
        for (String file : files) {
            byte[] capture = Captures.bytes(file);
            String path = detailPaket.input(file, capture).toString();
            Run run = payload ? detailPaket.start("--payload", path) : detailPaket.start(path);
            String name = file.substring(0, file.lastIndexOf('.')) + (payload ? ".payload" : "");
            judge(detailPaket, file, capture, mismatch(file, capture, run, Captures.expected(name), parts));
        }
    }

    /**
     * Fails with {@code wrong}, if any; "not judged" where DetailPaket cannot read the simplest capture of the same
     * byte order either (it does not read the file's records: what the two tests of the byte order judge).
     */
    static void judge(Subject detailPaket, String file, byte[] capture, Optional<Text> wrong) {
        if (wrong.isEmpty()) {
            return;
        }
        String simplest = Captures.littleEndian(capture) ? "little-endian-micro.pcap" : "big-endian-micro.pcap";
        if (!file.equals(simplest) && readsNoRecords(detailPaket, simplest)) {
            throw new NotJudged(wrong.get(), HEADER + BYTE_ORDER, RECORD + "in the file's byte order");
        }
        Expect.that(false, wrong.get());
    }

    /** Whether DetailPaket's lines for the simplest capture of a byte order miss a record or number one wrongly. */
    private static boolean readsNoRecords(Subject detailPaket, String simplest) {
        byte[] bytes = Captures.bytes(simplest);
        Run run = detailPaket.start(detailPaket.input(simplest, bytes).toString());
        return mismatch(simplest, bytes, run, Captures.expected(simplest.replace(".pcap", "")), EnumSet.of(NUMBER)).isPresent();
    }

    /**
     * Where the run's lines differ from the reference's in the parts judged: its exit code, a line for each record, then
     * each packet's line; none if they agree.
     */
    static Optional<Text> mismatch(String file, byte[] capture, Run run, List<String> reference, Set<PacketLine.Part> parts) {
        int exit = run.awaitEnd();
        if (exit != 0) {
            return Optional.of(Text.of("%s: expected exit code 0, got %d; stderr %s", "%s: diharapkan kode keluar 0, ternyata %d; stderr %s",
                    file, exit, Quote.lines(run.stderr())));
        }
        List<String> expected = packets(reference);
        List<String> got = packets(run.stdout());
        if (got.size() != expected.size()) {
            return Optional.of(Text.of("%s: expected a line for each of its %d records, got %d: %s",
                    "%s: diharapkan satu baris untuk setiap %d record-nya, ternyata %d: %s", file, expected.size(), got.size(), Quote.lines(got)));
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!PacketLine.of(expected.get(i)).judged(parts).equals(PacketLine.of(got.get(i)).judged(parts))) {
                String bytes = Captures.recordBytes(capture, i + 1).map(hex -> "; the record's bytes: " + hex).orElse("");
                return Optional.of(Text.of("%s, packet %d: expected \"%s\", got \"%s\"%s", "%s, paket %d: diharapkan \"%s\", ternyata \"%s\"%s",
                        file, i + 1, expected.get(i), got.get(i), bytes));
            }
        }
        return Optional.empty();
    }

    /** The packets' lines: every line before the conversations. */
    private static List<String> packets(List<String> lines) {
        int summary = lines.stream().filter(line -> line.startsWith("conversations: ")).findFirst().map(lines::indexOf).orElse(lines.size());
        return lines.subList(0, summary);
    }
}
