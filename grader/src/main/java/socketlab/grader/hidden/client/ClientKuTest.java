package socketlab.grader.hidden.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Text;
import socketlab.grader.harness.CommonTests;
import socketlab.grader.harness.Expect;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.program.HostsFile;
import socketlab.grader.harness.program.Quote;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.wire.Peer;
import socketlab.grader.harness.wire.Received;

/**
 * Hidden tests of ClientKu (seed: clientku.py), against the test's own server on a free port. Three of them
 * observe one shared run ({@link ClientKuVisit}); the others start ClientKu their own way.
 */
@HiddenTests
public final class ClientKuTest {
    static final String ANSWER = "Hai ServerKu, ClientKu ingin berkomunikasi";
    static final String GREETING = "Selamat datang di server uji socket-lab";
    /** A greeting with letters outside ASCII, a dash and symbols: 2- and 3-byte characters in UTF-8. */
    static final String NON_ASCII_GREETING = "Selamat datang — kopi ☕ di café Jember, Rp 5.000 ± 10 %";

    @Test
    @Order(1)
    @Graded(points = 2, en = "prints a greeting that arrives one byte at a time", id = "mencetak salam yang datang byte demi byte",
            section = "client#recv",
            judges = {"ClientKu.receiveLine: Receives one line", "ClientKu.receiveLine: everything up to a newline",
                "ClientKu.call: print the server's message"})
    void printsAGreetingThatArrivesOneByteAtATime(Subject clientKu) {
        ClientKuVisit visit = visit(clientKu);
        visit.answer.get();
        expectPrinted(visit.stdout, Text.of("sent one byte at a time", "dikirim byte demi byte"));
    }

    @Test
    @Order(2)
    @Graded(points = 2, en = "prints a greeting that ends when the server closes", id = "mencetak salam yang berakhir saat server menutup",
            section = "client#recv",
            judges = {"ClientKu.receiveLine: or to the end of the stream", "ClientKu.call: print the server's message"})
    void printsAGreetingThatEndsWhenTheServerCloses(Subject clientKu) throws IOException {
        List<String> stdout = printedAfterOneVisit(clientKu, conn -> {
            Peer.send(conn, GREETING);
            Peer.finishSending(conn);
            Peer.readMessage(conn);
        });
        expectPrinted(stdout, Text.of("ended by closing, without a newline, as the seed's serverku.py does",
                "diakhiri dengan menutup koneksi tanpa baris baru, seperti serverku.py dari modul"));
    }

    @Test
    @Order(3)
    @Graded(points = 2, en = "sends its exact answer", id = "mengirim jawaban yang tepat", section = "client#send",
            judges = {"ClientKu.sendLine: Sends the text", "ClientKu.sendLine: and a newline", "ClientKu.call: answer it"})
    void sendsItsExactAnswer(Subject clientKu) {
        Received answer = visit(clientKu).answerAfterTheGreeting();
        Expect.that(answer.isLine(ANSWER), Text.of("expected the answer \"%s\" and a newline", "diharapkan jawaban \"%s\" dan baris baru",
                ANSWER).then(answer.describe()));
    }

    @Test
    @Order(4)
    @Graded(points = 1, en = "closes the connection and exits with 0 after answering", id = "menutup koneksi dan keluar dengan 0 setelah menjawab",
            section = "client#close",
            judges = {"ClientKu.close: Closes the connection", "ClientKu.call: close", "ClientKuCommand: 0 done"})
    void closesAndExitsWithZeroAfterAnswering(Subject clientKu) {
        ClientKuVisit visit = visit(clientKu);
        visit.answerAfterTheGreeting();
        Received end = visit.end.get();
        Expect.that(end.bytes().length == 0 && end.ending() == Received.Ending.CLOSED, Text.about(end.describe(),
                "after its answer expected ClientKu to close the connection (the test sees its end, not a reset); {what}",
                "setelah jawabannya diharapkan ClientKu menutup koneksi (tes melihat akhirnya, bukan reset); {what}"));
        int exit = visit.exit.get();
        Expect.that(exit == 0, "after answering expected exit code 0, got %d; %s",
                "setelah menjawab diharapkan kode keluar 0, ternyata %d; %s", exit, visit.printed);
    }

    @Test
    @Order(5)
    @Graded(points = 2, en = "reports a refused connection in one line", id = "melaporkan koneksi yang ditolak dalam satu baris",
            section = "client#errors",
            judges = {"ClientKuCommand: its error lines", "ClientKuCommand: 1 a network failure"})
    void reportsARefusedConnection(Subject clientKu) throws IOException {
        try (SocketChannel closed = Peer.closedPort()) {
            int port = ((InetSocketAddress) closed.getLocalAddress()).getPort();
            Run run = clientKu.start("--host", clientKu.graderHost(), "--port", String.valueOf(port));
            Expect.reportsFailureInOneLine(run, Text.of("connecting to a port where nothing listens",
                    "terhubung ke port yang tidak didengarkan siapa pun"));
        }
    }

    @Test
    @Order(6)
    @Graded(points = CommonTests.UNKNOWN_HOST_POINTS, en = CommonTests.UNKNOWN_HOST_EN, id = CommonTests.UNKNOWN_HOST_ID,
            section = "client#errors",
            judges = {"ClientKuCommand: its error lines", "ClientKuCommand: 1 a network failure"})
    void reportsAnUnknownHost(Subject clientKu) {
        CommonTests.reportsAnUnknownHost(clientKu, Text.of("connecting to the unknown host %s", "terhubung ke host tak dikenal %s",
                HostsFile.UNKNOWN), "--host", HostsFile.UNKNOWN, "--port", "12345");
    }

    @Test
    @Order(7)
    @Graded(points = 2, en = "gives up on a silent server within --timeout", id = "menyerah pada server yang diam dalam --timeout",
            section = "client#timeout",
            judges = {"ClientKu.connect: every later read, waits at most this many seconds"})
    void givesUpOnASilentServerWithinItsTimeout(Subject clientKu) throws IOException {
        try (ServerSocket server = Peer.listen()) {
            Run run = clientKu.start("--host", clientKu.graderHost(), "--port", String.valueOf(server.getLocalPort()), "--timeout", "1");
            try (Socket silent = Peer.accept(server, run)) {
                long accepted = System.nanoTime();
                int exit = run.awaitExit(Duration.ofSeconds(4));
                long seconds = (System.nanoTime() - accepted) / 1_000_000_000L;
                Expect.that(exit != 0, "with --timeout 1 and a silent server expected a non-zero exit code, got 0 after %d s; %s",
                        "dengan --timeout 1 dan server yang diam diharapkan kode keluar bukan 0, ternyata 0 setelah %d detik; %s",
                        seconds, run.printed());
                Expect.reportsFailureInOneLine(run, Text.of("waiting for a silent server with --timeout 1",
                        "menunggu server yang diam dengan --timeout 1"));
            }
        }
    }

    @Test
    @Order(8)
    @Graded(points = 1, en = "prints a greeting in UTF-8 intact, letters outside ASCII included",
            id = "mencetak salam UTF-8 dengan utuh, termasuk huruf di luar ASCII", section = "client#recv",
            judges = {"ClientKu.receiveLine: Receives one line", "ClientKu.call: print the server's message"})
    void printsAGreetingInUtf8Intact(Subject clientKu) throws IOException {
        List<String> stdout = printedAfterOneVisit(clientKu, conn -> {
            Peer.sendInPieces(conn, NON_ASCII_GREETING + "\n", 2, Duration.ofMillis(10));
            Peer.readMessage(conn);
        });
        Expect.that(!stdout.isEmpty() && stdout.get(0).equals(NON_ASCII_GREETING), Text.of(
                "the server's greeting was \"%s\" (UTF-8, sent in pieces of 2 bytes that split its characters);"
                        + " ClientKu printed %s",
                "salam dari server adalah \"%s\" (UTF-8, dikirim per 2 byte yang memotong karakternya); ClientKu mencetak %s",
                NON_ASCII_GREETING, Quote.lines(stdout)));
    }

    @Test
    @Order(9)
    @Graded(points = 1, en = "prints an empty line when the server sends nothing", id = "mencetak baris kosong saat server tidak mengirim apa pun",
            section = "client#recv",
            judges = {"ClientKu.receiveLine: (nothing: \"\")", "ClientKu.receiveLine: or to the end of the stream"})
    void printsAnEmptyLineWhenTheServerSendsNothing(Subject clientKu) throws IOException {
        List<String> stdout = printedAfterOneVisit(clientKu, conn -> {
            Peer.finishSending(conn);
            Peer.readUntilClosed(conn);
        });
        Expect.that(stdout.equals(List.of("")), Text.of(
                "the server closed the connection without sending anything, so the greeting is empty: expected an empty line,"
                        + " ClientKu printed %s",
                "server menutup koneksi tanpa mengirim apa pun, jadi salamnya kosong: diharapkan baris kosong, ClientKu mencetak %s",
                Quote.lines(stdout)));
    }

    /**
     * What ClientKu printed after one visit to the test's server: the server plays {@code conversation} on the
     * connection and closes it, then the test waits for ClientKu's end. ClientKu gets a --timeout that outlasts the
     * conversation's last wait, so that the test, not a race of two equal clocks, decides when the connection ends.
     */
    private static List<String> printedAfterOneVisit(Subject clientKu, Consumer<Socket> conversation) throws IOException {
        try (ServerSocket server = Peer.listen()) {
            Run run = clientKu.start("--host", clientKu.graderHost(), "--port", String.valueOf(server.getLocalPort()),
                    "--timeout", Run.OUTLASTS_A_STEP);
            try (Socket conn = Peer.accept(server, run)) {
                conversation.accept(conn);
            }
            run.awaitExit(Run.STEP);
            return run.stdout();
        }
    }

    /** The shared run several of these tests observe. */
    private static ClientKuVisit visit(Subject clientKu) {
        return clientKu.shared("greeting byte by byte", ClientKuVisit::new, ClientKuVisit.class);
    }

    private static void expectPrinted(List<String> stdout, Text how) {
        Expect.that(!stdout.isEmpty() && stdout.get(0).equals(GREETING), Text.about(how,
                "the server's greeting was \"%s\" ({what}); ClientKu printed %s",
                "salam dari server adalah \"%s\" ({what}); ClientKu mencetak %s", GREETING, Quote.lines(stdout)));
    }
}
