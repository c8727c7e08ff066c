package socketlab.grader.hidden.udpserver;

import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Text;
import socketlab.grader.harness.CommonTests;
import socketlab.grader.harness.Expect;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.Observed;
import socketlab.grader.harness.wire.Datagrams;

/**
 * Hidden tests of ServerUdpKu: a UDP server that answers each datagram, upper-cased, to its sender. Most tests
 * observe one shared run ({@link ServerUdpKuVisits}) or the run with a small buffer ({@link ServerUdpKuBuffer});
 * the others start ServerUdpKu their own way.
 */
@HiddenTests
public final class ServerUdpKuTest {

    @Test
    @Order(1)
    @Graded(points = 1, en = "prints the UDP port it actually bound", id = "mencetak port UDP yang benar-benar di-bind",
            section = "udp-server#bind",
            judges = {"ServerUdpKu.serve: Bind once", "ServerUdpKu.openSocket: bound to host:port"})
    void printsThePortItActuallyBound(Subject serverUdpKu) {
        ServerUdpKuVisits visits = visits(serverUdpKu);
        int port = visits.port.get();
        Datagrams.Datagram reply = visits.a1.reply().get();
        Expect.that(reply.from().getPort() == port, "the line named port %d, but the reply came from %s",
                "baris menyebut port %d, tetapi balasan datang dari %s", port, reply.sender());
    }

    @Test
    @Order(2)
    @Graded(points = 2, en = "answers a datagram with its text upper-cased", id = "menjawab datagram dengan teksnya dalam huruf besar",
            section = "udp-server#sendto",
            judges = {"ServerUdpKu: answers each with its text upper-cased", "ServerUdpKu.answer: Sends the reply as UTF-8, in one datagram"})
    void answersWithTheTextUpperCased(Subject serverUdpKu) {
        visits(serverUdpKu).a1.expectReply(upper(ServerUdpKuVisits.FROM_A));
    }

    @Test
    @Order(3)
    @Graded(points = 2, en = "prints each sender's address, port and text", id = "mencetak alamat, port dan teks setiap pengirim",
            section = "udp-server#recvfrom",
            judges = {"ServerUdpKu: prints each sender and text", "ServerUdpKu.receive: its sender's address and port",
                "ServerUdpKu.serve: from whoever sends"})
    void printsEachSendersAddressAndText(Subject serverUdpKu) {
        ServerUdpKuVisits visits = visits(serverUdpKu);
        for (Exchange exchange : List.of(visits.a1, visits.b1, visits.a2, visits.c1)) {
            exchange.expectLine(exchange.sender() + " " + exchange.sent());
        }
    }

    @Test
    @Order(4)
    @Graded(points = 2, en = "answers each sender at its own address and port", id = "menjawab setiap pengirim di alamat dan port-nya sendiri",
            section = "udp-server#sendto",
            judges = {"ServerUdpKu.answer: to the address and port it is an answer to", "ServerUdpKu.receive: its sender's address and port",
                "ServerUdpKu.serve: from whoever sends"})
    void answersEachSenderAtItsOwnAddress(Subject serverUdpKu) {
        // where each reply goes, not what it says: the reply's text is the subject of the tests above and below
        ServerUdpKuVisits visits = visits(serverUdpKu);
        for (Exchange exchange : List.of(visits.a1, visits.b1, visits.a2, visits.c1)) {
            exchange.reply().get();
        }
    }

    @Test
    @Order(5)
    @Graded(points = 1, en = "answers text in UTF-8 intact, letters outside ASCII included",
            id = "menjawab teks UTF-8 dengan utuh, termasuk huruf di luar ASCII", section = "udp-server#recvfrom",
            judges = {"ServerUdpKu.answer: Sends the reply as UTF-8"})
    void answersUtf8TextIntact(Subject serverUdpKu) {
        Exchange utf8 = visits(serverUdpKu).utf8;
        utf8.expectReply(upper(ServerUdpKuVisits.UTF8_TEXT));
        utf8.expectLine(utf8.sender() + " " + ServerUdpKuVisits.UTF8_TEXT);
    }

    @Test
    @Order(6)
    @Graded(points = 1, en = "answers an empty datagram with an empty one", id = "menjawab datagram kosong dengan datagram kosong",
            section = "udp-server#recvfrom",
            judges = {"ServerUdpKu.receive: Waits for the next datagram", "ServerUdpKu.answer: in one datagram"})
    void answersAnEmptyDatagram(Subject serverUdpKu) {
        visits(serverUdpKu).empty.expectReply("");
    }

    @Test
    @Order(7)
    @Graded(points = 2, en = "receives a datagram of exactly --buffer bytes whole", id = "menerima datagram tepat --buffer byte dengan utuh",
            section = "udp-server#buffer",
            judges = {"ServerUdpKu.receive: which is one byte longer than --buffer", "ServerUdpKu.receive: --buffer of them at most"})
    void receivesADatagramOfExactlyItsBufferWhole(Subject serverUdpKu) {
        Exchange exact = buffer(serverUdpKu).exact;
        exact.expectReply(upper(ServerUdpKuBuffer.EXACT));
        exact.expectLine(exact.sender() + " " + ServerUdpKuBuffer.EXACT);
    }

    @Test
    @Order(8)
    @Graded(points = 2, en = "cuts a datagram longer than --buffer and says so", id = "memotong datagram yang lebih dari --buffer dan mengatakannya",
            section = "udp-server#buffer",
            judges = {"ServerUdpKu.receive: A datagram that filled the whole buffer was longer than --buffer, and is returned cut",
                "ServerUdpKu.receive: --buffer of them at most", "ServerUdpKu.receive: receives it into the buffer"})
    void cutsALongerDatagramAndSaysSo(Subject serverUdpKu) {
        Exchange longer = buffer(serverUdpKu).longer;
        longer.expectReply(upper(ServerUdpKuBuffer.EXACT));
        String printed = longer.line().get();
        String cut = longer.sender() + " " + ServerUdpKuBuffer.EXACT + " ";
        Expect.that(printed.equals(cut + ServerUdpKuBuffer.NOTICE_EN) || printed.equals(cut + ServerUdpKuBuffer.NOTICE_ID), Text.of(
                "with --buffer %d the datagram \"%s\" (9 bytes) is cut: expected the line \"%s%s\"; ServerUdpKu printed \"%s\"",
                "dengan --buffer %d datagram \"%s\" (9 byte) terpotong: diharapkan baris \"%s%s\"; ServerUdpKu mencetak \"%s\"",
                ServerUdpKuBuffer.BUFFER, ServerUdpKuBuffer.LONGER, cut, ServerUdpKuBuffer.NOTICE_EN, printed));
    }

    @Test
    @Order(9)
    @Graded(points = 2, en = "keeps serving after a sender that is gone", id = "tetap melayani setelah pengirim yang sudah pergi",
            section = "udp-server#loop",
            judges = {"ServerUdpKu.serve: then receive and answer one datagram after another"})
    void keepsServingAfterASenderThatIsGone(Subject serverUdpKu) {
        Run run = start(serverUdpKu);
        Senders senders = new Senders(run);
        Observed<InetSocketAddress> server = Observed.of(() -> new InetSocketAddress(serverUdpKu.host(), run.listeningPort()));
        server.get();
        DatagramSocket polite = Datagrams.open(serverUdpKu.host());
        try {
            // ServerUdpKu is stopped while the first sender sends and closes its socket, so that its answer goes to a port
            // where nobody is (an ICMP "port unreachable" comes back), however fast it is; the second sender's datagram waits
            run.whileFrozen(() -> {
                DatagramSocket gone = Datagrams.open(serverUdpKu.host());
                senders.sendOnly(gone, server.get(), "siapa di sana?");
                Datagrams.close(gone);
            });
            Exchange.of(senders, polite, server, "halo lagi", 1).expectReply(upper("halo lagi"));
        } finally {
            Datagrams.close(polite);
        }
    }

    @Test
    @Order(10)
    @Graded(points = 2, en = "stops with exit code 0 after --max-datagrams", id = "berhenti dengan kode keluar 0 setelah --max-datagrams",
            section = "udp-server#loop",
            judges = {"ServerUdpKuCommand.serve: Serves until the datagrams are all received"})
    void stopsAfterMaxDatagramsWithExitZero(Subject serverUdpKu) {
        Run run = serverUdpKu.start("--host", serverUdpKu.host(), "--port", "0", "--max-datagrams", "2");
        Senders senders = new Senders(run);
        Observed<InetSocketAddress> server = Observed.of(() -> new InetSocketAddress(serverUdpKu.host(), run.listeningPort()));
        DatagramSocket sender = Datagrams.open(serverUdpKu.host());
        try {
            Exchange.of(senders, sender, server, "satu", 1).expectReply("SATU");
            Exchange.of(senders, sender, server, "dua", 2).expectReply("DUA");
        } finally {
            Datagrams.close(sender);
        }
        int exit = run.awaitExit(Run.STEP);
        Expect.that(exit == 0, "with --max-datagrams 2, after 2 datagrams expected exit code 0, got %d; %s",
                "dengan --max-datagrams 2, setelah 2 datagram diharapkan kode keluar 0, ternyata %d; %s", exit, run.printed());
        String still = run.stillListening(serverUdpKu.host());
        Expect.that(still.isEmpty(), "after exiting, it still holds a socket on %s", "setelah keluar, ia masih memegang socket di %s", still);
    }

    @Test
    @Order(11)
    @Graded(points = CommonTests.SIGTERM_POINTS, en = CommonTests.SIGTERM_EN, id = CommonTests.SIGTERM_ID, section = "udp-server#stop",
            judges = {"ServerUdpKuCommand.closeOnSignal: On SIGINT or SIGTERM"})
    void stopsCleanlyOnSigterm(Subject serverUdpKu) {
        CommonTests.stopsCleanlyOnSigterm(serverUdpKu, Text.of("how many datagrams it received", "berapa datagram yang diterima"));
    }

    @Test
    @Order(12)
    @Graded(points = 1, en = "reports a UDP port in use, and --buffer 0, in one line each",
            id = "melaporkan port UDP yang sudah dipakai, dan --buffer 0, masing-masing dalam satu baris", section = "udp-server#errors",
            judges = {"ServerUdpKuCommand: its lines", "ServerUdpKuCommand: 1 a network failure"})
    void reportsAPortInUseAndABufferOfZero(Subject serverUdpKu) {
        Run zero = serverUdpKu.start("--host", serverUdpKu.host(), "--port", "0", "--buffer", "0");
        Expect.reportsFailureInOneLine(zero, Text.of("started with --buffer 0 (a datagram needs room for at least one byte)",
                "dijalankan dengan --buffer 0 (datagram butuh tempat untuk paling sedikit satu byte)"));
        DatagramSocket taken = Datagrams.open(serverUdpKu.host());
        try {
            Run run = serverUdpKu.start("--host", serverUdpKu.host(), "--port", String.valueOf(taken.getLocalPort()));
            Expect.reportsFailureInOneLine(run, Text.of("binding %s:%d, a UDP port already in use", "bind %s:%d, port UDP yang sudah dipakai",
                    serverUdpKu.host(), taken.getLocalPort()));
        } finally {
            Datagrams.close(taken);
        }
    }

    @Test
    @Order(13)
    @Graded(points = CommonTests.UNKNOWN_HOST_POINTS, en = CommonTests.UNKNOWN_HOST_EN, id = CommonTests.UNKNOWN_HOST_ID,
            section = "udp-server#errors",
            judges = {"ServerUdpKuCommand: its lines", "ServerUdpKu.openSocket: bound to host:port"})
    void reportsAnUnknownHost(Subject serverUdpKu) {
        CommonTests.reportsAnUnknownHost(serverUdpKu);
    }

    /** The reply ServerUdpKu owes a text: the text upper-cased, whatever the machine's language. */
    static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }

    private static ServerUdpKuVisits visits(Subject serverUdpKu) {
        return serverUdpKu.shared("three senders", ServerUdpKuVisits::new, ServerUdpKuVisits.class);
    }

    private static ServerUdpKuBuffer buffer(Subject serverUdpKu) {
        return serverUdpKu.shared("buffer of 8 bytes", ServerUdpKuBuffer::new, ServerUdpKuBuffer.class);
    }

    private static Run start(Subject serverUdpKu) {
        return serverUdpKu.start("--host", serverUdpKu.host(), "--port", "0");
    }
}
