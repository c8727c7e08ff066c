package socketlab.packetdetail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static socketlab.selfcheck.Words.say;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.selfcheck.ProgramRun;
import socketlab.selfcheck.SelfCheck;

/** Quick self-checks for DetailPaket; run them with {@code mvn test}. The instructor's grading tests go further. */
@SelfCheck
final class DetailPaketSelfCheckTest {
    /** One Ethernet frame: 10.0.0.1:40001 sends "hallo!" to 10.0.0.2:40124 over UDP. */
    private static final byte[] FRAME = HexFormat.of().parseHex("0242ac1100030242ac1100020800"
            + "45000022000100004011" + "66c8" + "0a000001" + "0a000002" + "9c419cbc000e0000" + "68616c6c6f21");

    @TempDir
    Path folder;

    @Test
    void readsAFileWrittenLittleEndian() {
        Pcap.FileHeader file = DetailPaket.readFileHeader(header(ByteOrder.LITTLE_ENDIAN));
        assertAll(
                () -> assertThat(file.order()).as(say("byte order", "urutan byte")).isEqualTo(ByteOrder.LITTLE_ENDIAN),
                () -> assertThat(file.nanoseconds()).as(say("nanoseconds", "nanodetik")).isFalse(),
                () -> assertThat(file.snapLength()).as(say("snap length", "snap length")).isEqualTo(262144),
                () -> assertThat(file.linkType()).as(say("link type", "link type")).isEqualTo(1));
    }

    @Test
    void printsALineForTheDatagram() throws IOException {
        Path capture = Files.write(folder.resolve("hallo.pcap"), capture(ByteOrder.BIG_ENDIAN));
        ProgramRun detailPaket = ProgramRun.start("DetailPaket", DetailPaketCommand::execute, capture.toString());
        int exitCode = detailPaket.awaitExit();
        assertAll(
                () -> assertThat(detailPaket.out()).as(say("what DetailPaket printed for one UDP datagram",
                        "yang dicetak DetailPaket untuk satu datagram UDP")).startsWith(
                        "1 1700000000.000001 eth 02:42:ac:11:00:02 > 02:42:ac:11:00:03 UDP 10.0.0.1:40001 > 10.0.0.2:40124 length 6"),
                () -> assertThat(exitCode).as(say("exit code", "kode keluar")).isZero());
    }

    private static ByteBuffer header(ByteOrder order) {
        return ByteBuffer.allocate(24).order(order).putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4)
                .putInt(0).putInt(0).putInt(262144).putInt(1).flip();
    }

    private static byte[] capture(ByteOrder order) {
        ByteBuffer file = ByteBuffer.allocate(24 + 16 + FRAME.length).order(order);
        file.put(header(order)).putInt(1_700_000_000).putInt(1).putInt(FRAME.length).putInt(FRAME.length).put(FRAME);
        return file.array();
    }
}
