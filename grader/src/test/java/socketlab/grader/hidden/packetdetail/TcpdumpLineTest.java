package socketlab.grader.hidden.packetdetail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** tcpdump's lines of a live capture ({@code -nn -e -tt -S}) as DetailPaket writes the same packets: the live test's expectation. */
final class TcpdumpLineTest {
    private static final String MACS = "1796617529.281807 02:42:ac:12:00:03 > 02:42:ac:12:00:02, ethertype IPv4 (0x0800), length 74: ";

    @Test
    void writesASynWithItsSequenceNumberAndNoAck() {
        assertThat(TcpdumpLine.asDetailPaket(1, MACS + "172.18.0.3.41306 > 172.18.0.2.12345: Flags [S], seq 1537995792, win 64240,"
                + " options [mss 1460,sackOK,TS val 1 ecr 0,nop,wscale 7], length 0"))
                .contains("1 1796617529.281807 eth 02:42:ac:12:00:03 > 02:42:ac:12:00:02 TCP 172.18.0.3:41306 > 172.18.0.2:12345 [S]"
                        + " seq 1537995792 length 0");
    }

    @Test
    void writesADataSegmentsFirstSequenceNumberItsAckAndItsLength() {
        assertThat(TcpdumpLine.asDetailPaket(4, MACS + "172.18.0.2.12345 > 172.18.0.3.41306: Flags [P.], seq 866641763:866641819,"
                + " ack 1537995793, win 502, options [nop,nop,TS val 2 ecr 1], length 56"))
                .contains("4 1796617529.281807 eth 02:42:ac:12:00:03 > 02:42:ac:12:00:02 TCP 172.18.0.2:12345 > 172.18.0.3:41306 [P.]"
                        + " seq 866641763 ack 1537995793 length 56");
    }

    @Test
    void writesArpRequestsAndRepliesAsDetailPaketDoes() {
        String arp = "1796617529.281807 02:42:ac:12:00:03 > ff:ff:ff:ff:ff:ff, ethertype ARP (0x0806), length 42: ";
        assertThat(TcpdumpLine.asDetailPaket(1, arp + "Request who-has 172.18.0.2 tell 172.18.0.3, length 28"))
                .contains("1 1796617529.281807 eth 02:42:ac:12:00:03 > ff:ff:ff:ff:ff:ff ARP who-has 172.18.0.2 tell 172.18.0.3");
        assertThat(TcpdumpLine.asDetailPaket(2, arp + "Reply 172.18.0.2 is-at 02:42:ac:12:00:02, length 28"))
                .contains("2 1796617529.281807 eth 02:42:ac:12:00:03 > ff:ff:ff:ff:ff:ff ARP 172.18.0.2 is-at 02:42:ac:12:00:02");
    }

    @Test
    void readsNoOtherLine() {
        assertThat(TcpdumpLine.asDetailPaket(1, "tcpdump: listening on eth0, link-type EN10MB (Ethernet)")).isEmpty();
        assertThat(TcpdumpLine.asDetailPaket(1, MACS + "172.18.0.3.41306 > 172.18.0.2.53: 1+ A? serverku. (26)")).isEmpty();
    }
}
