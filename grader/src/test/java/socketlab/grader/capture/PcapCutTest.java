package socketlab.grader.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import socketlab.grader.TestRepository;
import socketlab.grader.course.Exercise;
import socketlab.grader.result.TestTraffic;

/** Each sentence of {@link PcapCut}'s contract, on real captures of the course's programs (tcpdump on lo). */
final class PcapCutTest {
    private static final Path CAPTURES = TestRepository.root().resolve("handouts/captures");
    /** ServerKu's port and ClientKu's in serverku-clientku.pcap, and its first and last record's times. */
    private static final int SERVER = 40123;
    private static final int CLIENT = 41306;
    private static final long FIRST = 1796617529_281807L;
    private static final long LAST = 1796617529_295077L;

    @Test
    void keepsTheRecordsOnTheTestsPortsWithinItsWindowByteForByte() throws IOException {
        byte[] capture = read("serverku-clientku.pcap");

        byte[] cut = PcapCut.of(capture, traffic(FIRST, LAST, SERVER)).orElseThrow();

        assertThat(cut).isEqualTo(capture);
        assertThat(PcapCut.of(capture, traffic(FIRST, LAST, CLIENT))).contains(capture);
    }

    @Test
    void leavesOutTheRecordsOutsideTheWindowOrOnOtherPorts() throws IOException {
        byte[] capture = read("serverku-clientku.pcap");

        byte[] firstTwo = PcapCut.of(capture, traffic(FIRST, 1796617529_281827L, SERVER)).orElseThrow();

        assertThat(records(firstTwo)).isEqualTo(2);
        assertThat(Arrays.copyOf(firstTwo, 24)).as("the file's header, kept").isEqualTo(Arrays.copyOf(capture, 24));
        assertThat(PcapCut.of(capture, traffic(FIRST, LAST, SERVER + 1))).as("another port's test").isEmpty();
        assertThat(PcapCut.of(capture, traffic(LAST + 1, LAST + 10, SERVER))).as("a later test on the same port").isEmpty();
    }

    @Test
    void takesAnIcmpErrorByThePortsOfTheDatagramItQuotes() throws IOException {
        byte[] capture = read("closed-udp-port.pcap");

        byte[] cut = PcapCut.of(capture, traffic(0, Long.MAX_VALUE, 40126)).orElseThrow();

        assertThat(records(cut)).as("the datagram and the port unreachable that quotes it").isEqualTo(2);
    }

    @Test
    void leavesOutARecordItCannotReadAndTakesNothingFromAFileThatIsNoPcap() throws IOException {
        byte[] arp = Files.readAllBytes(TestRepository.root().resolve("grader/captures/crafted/arp.pcap"));

        assertThat(PcapCut.of(arp, traffic(0, Long.MAX_VALUE, 0))).as("ARP has no ports").isEmpty();
        assertThat(PcapCut.of(Files.readAllBytes(TestRepository.root().resolve("grader/captures/crafted/wireshark.pcapng")),
                traffic(0, Long.MAX_VALUE, SERVER))).isEmpty();
        assertThat(PcapCut.of(new byte[] {1, 2, 3}, traffic(0, Long.MAX_VALUE, SERVER))).isEmpty();
    }

    private static TestTraffic traffic(long from, long to, int port) {
        return new TestTraffic(Exercise.SERVER, "greets", List.of(new TestTraffic.Window(from, to, Set.of(port))));
    }

    private static byte[] read(String name) throws IOException {
        return Files.readAllBytes(CAPTURES.resolve(name));
    }

    /** How many records a little-endian pcap file holds. */
    private static int records(byte[] pcap) {
        ByteBuffer file = ByteBuffer.wrap(pcap).order(ByteOrder.LITTLE_ENDIAN);
        int count = 0;
        for (int at = 24; at + 16 <= pcap.length; at += 16 + file.getInt(at + 8)) {
            count++;
        }
        return count;
    }
}
