package socketlab.grader.hidden.packetdetail;

import static socketlab.grader.hidden.packetdetail.PacketLine.Part.DETAILS;
import static socketlab.grader.hidden.packetdetail.PacketLine.Part.NOTES;
import static socketlab.grader.hidden.packetdetail.PacketLine.Part.PAYLOAD;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Expect;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.OnOtherHosts;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.program.Hosts;
import socketlab.grader.harness.program.LiveCapture;
import socketlab.grader.harness.program.Quote;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.Verdict;

/**
 * Hidden test of DetailPaket on a live capture: the grader's ServerKu and ClientKu on two hosts of their own (containers on
 * an internal network of the project's own), tcpdump capturing on the server's host (the only container that may), and
 * the submission's DetailPaket reading the file as it reads the course's captures: real MAC addresses, the handshake, the
 * greeting, the close, each packet as tcpdump printed it as it captured it. Without a Docker engine, or tcpdump to put in the hosts' image,
 * it is skipped, saying so.
 */
@HiddenTests
@OnOtherHosts(captures = true)
public final class DetailPaketOnOtherHostsTest {
    private static final int PORT = 12345;
    private static final String GREETING = "Terima Kasih karena telah berkomunikasi dengan ServerKu";

    @Test
    @Order(21)
    @Graded(points = 2, en = "decodes a live capture of ServerKu and ClientKu on two hosts, as tcpdump saw it",
            id = "menguraikan capture langsung ServerKu dan ClientKu di dua host, seperti yang dilihat tcpdump", section = "packet-detail#captures",
            judges = {DetailPaketTest.RECORD + "the time (seconds, then micro- or nanoseconds)",
                DetailPaketTest.LINK_LAYER + "two MAC addresses, then the EtherType", DetailPaketTest.TCP, DetailPaketTest.TCP_DATA,
                "DetailPaket.arp: a request (\"who has this address?\") or a reply (\"it is at this MAC\")"})
    void decodesALiveCaptureOfTwoHosts(Hosts hosts, Subject detailPaket) {
        hosts.compiled(Exercise.PACKET_DETAIL);
        LiveCapture capture = hosts.capture("serverku", "tcp or arp");
        Run server = hosts.startReferenceServer("serverku", PORT, 1);
        server.listeningLine();
        hosts.startReferenceClient("clientku", "serverku", PORT).awaitEnd();
        server.awaitEnd();
        capture.awaitPacket(new ClosedBothWays(), Text.of("the connection's close (a FIN each way, then the last ACK)",
                "penutupan koneksi (FIN dari tiap arah, lalu ACK terakhir)"));
        Path file = capture.stop();
        List<String> expected = new ArrayList<>();
        for (String line : capture.packets()) {
            expected.add(TcpdumpLine.asDetailPaket(expected.size() + 1, line)
                    .orElseThrow(() -> Verdict.skipped("the grader cannot read tcpdump's line \"%s\"",
                            "penilai tidak bisa membaca baris tcpdump \"%s\"", line)));
        }
        byte[] bytes = read(file);
        Run run = detailPaket.start("--payload", detailPaket.input("live.pcap", bytes).toString());
        Set<PacketLine.Part> parts = EnumSet.complementOf(EnumSet.of(DETAILS, PAYLOAD, NOTES));
        DetailPaketTest.judge(detailPaket, "a live capture", bytes, DetailPaketTest.mismatch("a live capture", bytes, run, expected, parts)
                .or(() -> otherDetails(expected, run.stdout())));
        Expect.that(run.stdout().stream().anyMatch(line -> PacketLine.of(line).judged(EnumSet.of(PAYLOAD)).contains(GREETING)),
                "a live capture with --payload: expected the server's greeting \"%s\" on a packet's line, got %s",
                "capture langsung dengan --payload: diharapkan sapaan server \"%s\" di baris sebuah paket, ternyata %s",
                GREETING, Quote.lines(run.stdout()));
    }

    /**
     * The first packet whose details (flags, sequence and acknowledgement numbers, an ARP's words) are not tcpdump's, if
     * any: where tcpdump leaves out the sequence number of a bare acknowledgement, so does the comparison.
     */
    private static Optional<Text> otherDetails(List<String> expected, List<String> got) {
        for (int i = 0; i < expected.size(); i++) {
            String wanted = PacketLine.of(expected.get(i)).part(DETAILS);
            String details = PacketLine.of(got.get(i)).part(DETAILS);
            String compared = wanted.contains(" seq ") ? details : details.replaceFirst(" seq \\d+", "");
            if (!compared.equals(wanted)) {
                return Optional.of(Text.of("a live capture, packet %d: expected \"%s\" (as tcpdump saw it), got \"%s\"",
                        "capture langsung, paket %d: diharapkan \"%s\" (seperti yang dilihat tcpdump), ternyata \"%s\"",
                        i + 1, expected.get(i), got.get(i)));
            }
        }
        return Optional.empty();
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the grader's capture", e);
        }
    }

    /**
     * tcpdump's line for the packet after both ends' FINs (the last ACK), or a reset's: once it is printed, the whole
     * conversation is in the file. Each line is tested once, in order.
     */
    private static final class ClosedBothWays implements Predicate<String> {
        private static final Pattern TCP = Pattern.compile(" (\\S+) > \\S+: Flags \\[([^\\]]*)\\]");
        private final Set<String> finished = new HashSet<>();

        @Override
        public boolean test(String line) {
            if (finished.size() == 2) {
                return true;
            }
            Matcher tcp = TCP.matcher(line);
            if (!tcp.find()) {
                return false;
            }
            if (tcp.group(2).contains("R")) {
                return true;
            }
            if (tcp.group(2).contains("F")) {
                finished.add(tcp.group(1));
            }
            return false;
        }
    }
}
