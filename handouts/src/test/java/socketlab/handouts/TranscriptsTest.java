package socketlab.handouts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a transcript's output line fits the printed page's code ({@link Transcripts#wrapped}). */
final class TranscriptsTest {
    private static final String PACKET = "1 1796617529.281807 eth 00:00:00:00:00:00 > 00:00:00:00:00:00 TCP 127.0.0.1:41306 > 127.0.0.1:40123"
            + " [S] seq 1537995792 length 0";

    @Test
    void keepsALineThePageHoldsAsItIs() {
        assertThat(Transcripts.wrapped("Listening on 127.0.0.1:42099")).containsExactly("Listening on 127.0.0.1:42099");
    }

    @Test
    void goesOnAtTheLastSpaceThatFitsOnAnIndentedLine() {
        List<String> lines = Transcripts.wrapped(PACKET + " payload \"" + "x".repeat(100) + "\"");

        assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(PdfBook.CODE_COLUMNS));
        assertThat(lines.get(0)).isEqualTo(PACKET.substring(0, PACKET.lastIndexOf(" length")));
        assertThat(lines.subList(1, 3)).allSatisfy(line -> assertThat(line).startsWith(Transcripts.GOES_ON));
        assertThat(String.join(" ", lines).replace(" " + Transcripts.GOES_ON, " ")).isEqualTo(PACKET + " payload \"" + "x".repeat(100) + "\"");
    }

    @Test
    void keepsALineWithNoSpaceToGoOnAtWhole() {
        String word = "x".repeat(PdfBook.CODE_COLUMNS + 10);

        assertThat(Transcripts.wrapped(word)).containsExactly(word);
    }
}
