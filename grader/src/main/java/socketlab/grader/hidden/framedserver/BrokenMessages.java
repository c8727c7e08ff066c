package socketlab.grader.hidden.framedserver;

import java.util.List;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Expect;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.program.Quote;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.NotJudged;
import socketlab.grader.harness.verdict.Observed;
import socketlab.grader.harness.wire.Frames;
import socketlab.grader.harness.wire.Peer;
import socketlab.grader.harness.wire.Received;

/** The tests' scene of a broken message: a client sends one, and ServerPesanKu must go on to the next client. */
final class BrokenMessages {
    private BrokenMessages() {
    }

    /**
     * With --max-clients 2: the first client is answered a short message, then sends {@code broken} and ends its side;
     * where the test judges the report ({@code judgesTheReport}), it gets no message, only the end of the connection, and
     * ServerPesanKu says what broke in one line on stderr; where it does not, a first connection kept open makes the test
     * "not judged" (the message cut short was not taken for ended). Either way ServerPesanKu goes on: the second client is
     * answered, and after it ServerPesanKu exits with 0.
     */
    static void breakThenServeTheNext(Subject serverPesanKu, byte[] broken, Text what, boolean judgesTheReport) {
        Run run;
        try (PesanClient first = PesanClient.startAnswered(serverPesanKu, "--max-clients", "2", "--file-bytes", "100")) {
            run = first.run;
            Frames.send(first.socket, broken, what);
            first.finishSending();
            Received rest = Peer.readUntilClosed(first.socket);
            if (judgesTheReport) {
                Expect.that(rest.bytes().length == 0 && rest.ending() == Received.Ending.CLOSED, Text.about(rest.describe(),
                        "after a broken message expected no answer, only the end of the connection; {what}",
                        "setelah pesan rusak diharapkan tidak ada jawaban, hanya akhir koneksi; {what}"));
                List<String> err = run.awaitErrorLines(line -> !line.isBlank());
                Expect.that(err.size() == 1 && err.stream().noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception")),
                        Text.about(what, "after {what}, expected one readable line on stderr; got %d: %s",
                                "setelah {what}, diharapkan satu baris yang bisa dibaca di stderr; ternyata %d: %s", err.size(), Quote.lines(err)));
            } else if (rest.ending() != Received.Ending.CLOSED && rest.ending() != Received.Ending.RESET) {
                // kept open: the message cut short was not taken for ended, which the tests of reports judge
                throw new NotJudged(Text.about(what, "after {what}, ServerPesanKu did not end the connection",
                        "setelah {what}, ServerPesanKu tidak mengakhiri koneksi").then(rest.describe()).then(Text.same(run.printed())), CUT_SHORT);
            }
        }
        run.expectRunning(Text.about(what, "after {what}, instead of going on to the next client",
                "setelah {what}, bukannya lanjut ke client berikutnya"));
        try (PesanClient second = PesanClient.connect(serverPesanKu, run)) {
            Frames.send(second.socket, Frames.framed(ServerPesanKuTest.GREETING), Text.of("one message, from the next client",
                    "satu pesan, dari client berikutnya"));
            Observed<Boolean> answered = Observed.of(() -> {
                second.expectAnswer(ServerPesanKuTest.GREETING, Text.of("the next client's message", "pesan client berikutnya"));
                return true;
            });
            if (!answered.ok()) {
                // not served because the broken message ended ServerPesanKu: that crash is the verdict, however late it shows
                run.expectNotEnding(Text.about(what, "after {what}, instead of serving the next client",
                        "setelah {what}, bukannya melayani client berikutnya"));
                if (!judgesTheReport) {
                    // not served: the broken message before it was never taken for broken, which the tests of reports judge
                    throw new NotJudged(Text.of("after %s, ServerPesanKu did not answer the next client: %s", "setelah %s, "
                            + "ServerPesanKu tidak menjawab client berikutnya: %s", what.en(), run.printed()), CUT_SHORT);
                }
            }
            answered.get();
            second.finishSending();
            // the file, or not, or something else: the clean end is another test's subject; one message at most is read
            Observed.of(() -> Frames.readEitherByteOrder(run, second.socket, 101, Text.of("the file (100 bytes)", "berkas (100 byte)")));
        }
        int exit = run.awaitExit(Run.STEP);
        Expect.that(exit == 0, "with --max-clients 2, after two clients expected exit code 0, got %d; %s",
                "dengan --max-clients 2, setelah dua client diharapkan kode keluar 0, ternyata %d; %s", exit, run.printed());
    }

    /** The words that say a message cut short by the stream's end is one: what a test needs that goes on after one. */
    static final String[] CUT_SHORT = {"ServerPesanKu.readMessage: if it ended inside one",
        "ServerPesanKu.receiveInto: or fewer if the stream ended first"};
}
