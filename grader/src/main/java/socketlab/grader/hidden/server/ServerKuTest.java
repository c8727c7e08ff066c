package socketlab.grader.hidden.server;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.harness.CommonTests;
import socketlab.grader.harness.Expect;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.NotJudged;
import socketlab.grader.harness.verdict.Observed;
import socketlab.grader.harness.verdict.Verdict;
import socketlab.grader.harness.wire.Peer;
import socketlab.grader.harness.wire.Received;

/**
 * Hidden tests of ServerKu (seed: serverku.py): one client, greeted, its answer printed, then exit. The
 * first tests observe one shared run ({@link ServerKuVisit}); the others start ServerKu their own way.
 */
@HiddenTests
public final class ServerKuTest {
    static final String GREETING = "Terima Kasih karena telah berkomunikasi dengan ServerKu";
    static final String CONNECTED = " Selamat Anda Sudah Terhubung dengan ServerKu";
    static final String ANSWER = "Hai ServerKu, ClientKu ingin berkomunikasi";
    /** An answer with letters outside ASCII, a dash and symbols: 2- and 3-byte characters in UTF-8. */
    static final String NON_ASCII_ANSWER = "Hai ServerKu — naïve résumé, kopi ☕ ± Rp 5.000";

    @Test
    @Order(1)
    @Graded(points = 2, en = "prints the port it actually bound", id = "mencetak port yang benar-benar di-bind",
            section = "server#bind-listen",
            judges = {"ServerKu.serve: listen", "ServerKu.openServerSocket: bound to host:port"})
    void printsThePortItActuallyBound(Subject serverKu) {
        ServerKuVisit visit = visit(serverKu);
        CommonTests.namesTheBoundPort(visit.port, visit.client);
    }

    @Test
    @Order(2)
    @Graded(points = 2, en = "binds the address given by --host", id = "mem-bind alamat dari --host", section = "server#bind-listen",
            judges = {"ServerKu.openServerSocket: bound to host:port"})
    void bindsTheAddressAskedFor(Subject serverKu) {
        CommonTests.bindsTheAddressAskedFor(serverKu);
    }

    @Test
    @Order(3)
    @Graded(points = 2, en = "greets the client with the exact text", id = "menyapa client dengan teks yang tepat",
            section = "server#send",
            judges = {"ServerKu.serve: greet it", "ServerKu.sendLine: Sends the text", "ServerKu.sendLine: and a newline"})
    void greetsTheClientWithTheExactText(Subject serverKu) {
        ServerKuVisit visit = visit(serverKu);
        visit.requireAccepted();
        Expect.line(visit.greeting.get(), GREETING, Text.of("the greeting", "salam"));
    }

    @Test
    @Order(4)
    @Graded(points = 2, en = "prints the client's real address and port", id = "mencetak alamat dan port client yang sebenarnya",
            section = "server#accept",
            judges = {"ServerKu.serve: accept one client", "ServerKu.acceptClient: Waits for one client and returns the connection to it"})
    void printsTheClientsRealAddress(Subject serverKu) {
        ServerKuVisit visit = visit(serverKu);
        String printed = visit.addressLine.get();
        String expected = visit.expectedAddressLine.get();
        Expect.that(printed.equals(expected), "the test connected from %s, so expected \"%s\"; ServerKu printed \"%s\"",
                "tes terhubung dari %s, jadi diharapkan \"%s\"; ServerKu mencetak \"%s\"",
                expected.substring(0, expected.indexOf(' ')), expected, printed);
    }

    @Test
    @Order(5)
    @Graded(points = 2, en = "prints an answer that arrives in small pieces", id = "mencetak jawaban yang datang sepotong-sepotong",
            section = "server#recv",
            judges = {"ServerKu.receiveLine: Receives one line", "ServerKu.receiveLine: up to a newline", "ServerKu.serve: print its answer"})
    void printsAnAnswerThatArrivesInSmallPieces(Subject serverKu) throws IOException {
        Run run = start(serverKu);
        try (Socket client = Peer.connect(run, serverKu.host(), run.listeningPort())) {
            requireAccepted(run);
            Peer.sendInPieces(client, ANSWER + "\n", 3, Duration.ofMillis(15));
            expectClientLine(run, Text.of("sent in pieces of 3 bytes", "dikirim per 3 byte"));
        }
    }

    @Test
    @Order(12)
    @Graded(points = 1, en = "prints an answer in UTF-8 intact, letters outside ASCII included",
            id = "mencetak jawaban UTF-8 dengan utuh, termasuk huruf di luar ASCII", section = "server#recv",
            judges = {"ServerKu.receiveLine: Receives one line", "ServerKu.serve: print its answer"})
    void printsAnAnswerInUtf8Intact(Subject serverKu) throws IOException {
        Run run = start(serverKu);
        try (Socket client = Peer.connect(run, serverKu.host(), run.listeningPort())) {
            requireAccepted(run);
            Peer.sendInPieces(client, NON_ASCII_ANSWER + "\n", 2, Duration.ofMillis(10));
            Peer.finishSending(client); // the answer ends both ways: only its decoding is judged here
            expectClientLine(run, NON_ASCII_ANSWER, Text.of("UTF-8, sent in pieces of 2 bytes that split its characters",
                    "UTF-8, dikirim per 2 byte yang memotong karakternya"));
        }
    }

    @Test
    @Order(6)
    @Graded(points = 2, en = "prints an answer that ends without a newline", id = "mencetak jawaban yang berakhir tanpa baris baru",
            section = "server#recv",
            judges = {"ServerKu.receiveLine: or the end of the stream", "ServerKu.serve: print its answer"})
    void printsAnAnswerThatEndsWithoutNewline(Subject serverKu) throws IOException {
        Run run = start(serverKu);
        try (Socket client = Peer.connect(run, serverKu.host(), run.listeningPort())) {
            requireAccepted(run);
            Peer.send(client, ANSWER);
            Peer.finishSending(client);
            expectClientLine(run, Text.of("ended by closing, without a newline, as the seed's clientku.py does",
                    "diakhiri dengan menutup koneksi tanpa baris baru, seperti clientku.py dari modul"));
        }
    }

    @Test
    @Order(7)
    @Graded(points = 2, en = "closes the connection and exits with 0 after one client",
            id = "menutup koneksi dan keluar dengan 0 setelah satu client", section = "server#close",
            judges = {"ServerKu.closeConnection: Closes the connection to the client", "ServerKu.serve: close",
                "ServerKu: prints its answer and exits", "ServerKuCommand: 0 done"})
    void closesAndExitsWithZeroAfterOneClient(Subject serverKu) {
        ServerKuVisit visit = visit(serverKu);
        visit.requireAccepted();
        Received greeting = visit.greeting.get();
        Received rest = visit.afterTheAnswer.get();
        Expect.that(greeting.bytes().length + rest.bytes().length > 0 && rest.ending() == Received.Ending.CLOSED,
                Text.about(rest.describe(), "expected the greeting, then, after the answer, the end of the connection; {what}",
                        "diharapkan salam, lalu, setelah jawaban, koneksi ditutup; {what}"));
        int exit = visit.exit.get();
        Expect.that(exit == 0, "after serving one client expected exit code 0, got %d; %s",
                "setelah melayani satu client diharapkan kode keluar 0, ternyata %d; %s", exit, visit.printed);
    }

    @Test
    @Order(8)
    @Graded(points = 2, en = "serves exactly one client", id = "melayani tepat satu client", section = "server#accept",
            judges = {"ServerKu: greets one client", "ServerKu.serve: accept one client"})
    void servesExactlyOneClient(Subject serverKu) {
        ServerKuVisit visit = visit(serverKu);
        visit.requireAccepted();
        visit.port.get();
        visit.clientLine.get();
        if (!visit.secondClient.ok()) {
            return; // refused: the server serves no one else, which is right
        }
        Received received = visit.secondClient.get();
        Expect.that(received.bytes().length == 0, Text.about(received.describe(),
                "a second client was served too ({what}): ServerKu serves one client and exits",
                "client kedua juga dilayani ({what}): ServerKu melayani satu client lalu selesai"));
    }

    @Test
    @Order(9)
    @Graded(points = CommonTests.PORT_IN_USE_POINTS, en = CommonTests.PORT_IN_USE_EN, id = CommonTests.PORT_IN_USE_ID,
            section = "server#errors",
            judges = {"ServerKuCommand: its error lines", "ServerKuCommand: 1 a network failure"})
    void reportsAPortInUse(Subject serverKu) {
        CommonTests.reportsAPortInUse(serverKu);
    }

    @Test
    @Order(10)
    @Graded(points = 1, en = "gives up on a client that never answers within --timeout",
            id = "menyerah pada client yang tidak pernah menjawab dalam --timeout", section = "server#recv",
            judges = {"ServerKu.receiveLine: waiting at most timeoutSeconds", "ServerKu.serve: print its answer"})
    void givesUpOnAClientThatNeverAnswers(Subject serverKu) throws IOException {
        Run run = serverKu.start("--host", serverKu.host(), "--port", "0", "--timeout", "1");
        try (Socket silent = Peer.connect(run, serverKu.host(), run.listeningPort())) {
            requireAccepted(run);
            Expect.reportsFailureInOneLine(run, Text.of("a client that never answers, with --timeout 1",
                    "client yang tidak pernah menjawab, dengan --timeout 1"));
        }
    }

    @Test
    @Order(11)
    @Graded(points = CommonTests.UNKNOWN_HOST_POINTS, en = CommonTests.UNKNOWN_HOST_EN, id = CommonTests.UNKNOWN_HOST_ID,
            section = "server#errors",
            judges = {"ServerKuCommand: its error lines", "ServerKu.openServerSocket: bound to host:port"})
    void reportsAnUnknownHost(Subject serverKu) {
        CommonTests.reportsAnUnknownHost(serverKu);
    }

    @Test
    @Order(13)
    @Graded(points = 1, en = "prints an empty answer when the client closes without sending one",
            id = "mencetak jawaban kosong bila client menutup koneksi tanpa mengirim jawaban", section = "server#recv",
            judges = {"ServerKu.receiveLine: (empty: \"\")", "ServerKu.receiveLine: or the end of the stream"})
    void printsAnEmptyAnswerWhenTheClientSendsNone(Subject serverKu) throws IOException {
        Run run = start(serverKu);
        try (Socket client = Peer.connect(run, serverKu.host(), run.listeningPort())) {
            requireAccepted(run);
            Peer.finishSending(client);
            String printed = run.awaitLine(line -> line.startsWith("Client:"), Text.of("line \"Client: \"", "baris \"Client: \""));
            Expect.that(printed.strip().equals("Client:"),
                    "the client closed without sending anything, so the answer is \"\" and ServerKu prints \"Client: \"; it printed \"%s\"",
                    "client menutup koneksi tanpa mengirim apa pun, jadi jawabannya \"\" dan ServerKu mencetak \"Client: \"; "
                            + "yang dicetak \"%s\"", printed);
        }
    }

    /** The words of ServerKu's Javadoc a test needs before it can judge anything of a client: that it accepts one. */
    static final String[] ACCEPTS = {"ServerKu.serve: accept one client",
        "ServerKu.acceptClient: Waits for one client and returns the connection to it"};

    /** Waits for the line ServerKu prints when it accepts the test's client; without it the test cannot judge its own subject. */
    static void requireAccepted(Run run) {
        Observed<String> accepted = Observed.of(() -> run.awaitLine(line -> line.contains("Selamat"),
                Text.of("line \"<ip>:<port>%s\"", "baris \"<ip>:<port>%s\"", CONNECTED)));
        if (!accepted.ok()) {
            throw notAccepted(accepted);
        }
    }

    /** ServerKu did not accept the test's client: how the wait for its line ended. */
    static Verdict notAccepted(Observed<String> accepted) {
        try {
            accepted.get();
            throw new IllegalStateException("accepted");
        } catch (NotJudged earlier) {
            return earlier; // a step before the accept failed (the server never listened): that is what the test needed
        } catch (Verdict failed) {
            if (failed.status() == Status.NOT_IMPLEMENTED) {
                return failed;
            }
            return NotJudged.because(new Verdict(failed.status() == Status.TIMED_OUT ? Status.FAILED : failed.status(),
                    Text.about(failed.reason(), "ServerKu did not accept the test's client: {what}", "ServerKu tidak menerima client tes: {what}")),
                    ACCEPTS);
        }
    }

    /** The shared run most of these tests observe. */
    private static ServerKuVisit visit(Subject serverKu) {
        return serverKu.shared("one client", ServerKuVisit::new, ServerKuVisit.class);
    }

    private static Run start(Subject serverKu) {
        return serverKu.start("--host", serverKu.host(), "--port", "0");
    }

    private static void expectClientLine(Run run, Text how) {
        expectClientLine(run, ANSWER, how);
    }

    private static void expectClientLine(Run run, String answer, Text how) {
        String printed = run.awaitLine(line -> line.startsWith("Client:"),
                Text.of("line \"Client: %s\"", "baris \"Client: %s\"", answer));
        Expect.that(printed.equals("Client: " + answer), Text.about(how,
                "the answer was \"%s\" ({what}); expected \"Client: %s\", ServerKu printed \"%s\"",
                "jawabannya \"%s\" ({what}); diharapkan \"Client: %s\", ServerKu mencetak \"%s\"", answer, answer, printed));
    }
}
