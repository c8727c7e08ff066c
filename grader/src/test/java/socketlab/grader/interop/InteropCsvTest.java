package socketlab.grader.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Text;

final class InteropCsvTest {
    private static final List<Meeting> MEETINGS = List.of(
            new Meeting(Exercise.LOOPING_SERVER, "ana", Meeting.REFERENCE, Meeting.Result.PASSED, Text.same(""), List.of()),
            new Meeting(Exercise.LOOPING_SERVER, "budi", Meeting.SEED, Meeting.Result.FAILED,
                    Text.of("the server got \"Hai\", expected \"Hai ServerKu, ClientKu ingin berkomunikasi\"",
                            "server menerima \"Hai\", diharapkan \"Hai ServerKu, ClientKu ingin berkomunikasi\""), List.of("> Hai")),
            new Meeting(Exercise.UDP_SERVER, "citra", "dewi", Meeting.Result.NOT_RUN,
                    Text.of("dewi's ServerUdpKu did not compile", "ServerUdpKu milik dewi gagal dikompilasi"), List.of()));

    @Test
    void writesARowPerMeetingWithItsWhyInTheLanguageAsked() throws IOException {
        assertThat(InteropCsv.of(MEETINGS, Lang.EN).lines()).containsExactly(
                "exercise,client,server,result,why",
                "looping-server,ana,reference,passed,",
                "looping-server,budi,seed,failed,\"the server got \"\"Hai\"\", expected \"\"Hai ServerKu, ClientKu ingin berkomunikasi\"\"\"",
                "udp-server,citra,dewi,not run,dewi's ServerUdpKu did not compile");
        assertThat(InteropCsv.of(MEETINGS, Lang.ID)).contains("udp-server,citra,dewi,not run,ServerUdpKu milik dewi gagal dikompilasi");
    }
}
