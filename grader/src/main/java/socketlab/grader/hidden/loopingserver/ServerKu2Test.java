package socketlab.grader.hidden.loopingserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
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
 * Hidden tests of ServerKu2 (seed: serverku2.py): a loop that thanks each client and closes its connection.
 * The first tests observe one shared run ({@link ServerKu2Visits}); the others start ServerKu2 their own way.
 */
@HiddenTests
public final class ServerKu2Test {
    static final String THANKS = "Thank you for connecting";
    static final Text THANKS_LINE = Text.of("the thanks", "ucapan terima kasih");

    @Test
    @Order(1)
    @Graded(points = 1, en = "prints the port it actually bound", id = "mencetak port yang benar-benar di-bind",
            section = "looping-server#bind-listen",
            judges = {"ServerKu2.serve: listen", "ServerKu2.openServerSocket: bound to host:port"})
    void printsThePortItActuallyBound(Subject serverKu2) {
        ServerKu2Visits visits = visits(serverKu2);
        CommonTests.namesTheBoundPort(visits.port, visits.clients.get(0).socket());
    }

    @Test
    @Order(2)
    @Graded(points = 2, en = "thanks a client with the exact text", id = "berterima kasih kepada client dengan teks yang tepat",
            section = "looping-server#send",
            judges = {"ServerKu2.serve: thank", "ServerKu2.sendLine: Sends the text", "ServerKu2.sendLine: and a newline"})
    void thanksAClientWithTheExactText(Subject serverKu2) {
        Expect.line(served(visits(serverKu2).clients.get(0), 1), THANKS, THANKS_LINE);
    }

    @Test
    @Order(3)
    @Graded(points = 2, en = "closes each connection after the thanks", id = "menutup setiap koneksi setelah berterima kasih",
            section = "looping-server#close",
            judges = {"ServerKu2.closeConnection: so that it sees the end of the stream", "ServerKu2.serve: close one client after another"})
    void closesEachConnection(Subject serverKu2) {
        served(visits(serverKu2).clients.get(0), 1);
        Received rest = visits(serverKu2).afterTheFirstThanks.get();
        Expect.that(rest.ending() == Received.Ending.CLOSED, Text.about(rest.describe(),
                "after the thanks expected the server to close the connection; {what}",
                "setelah ucapan terima kasih diharapkan server menutup koneksi; {what}"));
    }

    @Test
    @Order(4)
    @Graded(points = 2, en = "serves several clients one after another", id = "melayani beberapa client satu demi satu",
            section = "looping-server#loop",
            judges = {"ServerKu2.serve: then accept, thank and close one client after another",
                "ServerKu2.acceptClient: Waits for the next client and returns the connection to it", "ServerKu2.serve: one client after another"})
    void servesSeveralClientsInARow(Subject serverKu2) {
        List<ServerKu2Visits.Visit> clients = visits(serverKu2).clients;
        for (int client = 1; client <= clients.size(); client++) {
            Received thanks = clients.get(client - 1).thanks().get();
            Expect.that(thanks.bytes().length > 0, Text.about(thanks.describe(), "client %d was not served: {what}",
                    "client %d tidak dilayani: {what}", client));
        }
    }

    @Test
    @Order(5)
    @Graded(points = 2, en = "prints each client's real address and port", id = "mencetak alamat dan port setiap client",
            section = "looping-server#accept",
            judges = {"ServerKu2.acceptClient: Waits for the next client and returns the connection to it", "ServerKu2.serve: then accept"})
    void printsEachClientsRealAddress(Subject serverKu2) {
        List<ServerKu2Visits.Visit> clients = visits(serverKu2).clients;
        for (int client = 1; client <= 2; client++) {
            ServerKu2Visits.Visit visit = clients.get(client - 1);
            if (client > 1) {
                served(visit, client);
            }
            String expected = visit.expectedAddressLine().get();
            String printed = visit.addressLine().get();
            Expect.that(printed.equals(expected), "client %d connected from %s, so expected \"%s\"; ServerKu2 printed \"%s\"",
                    "client %d terhubung dari %s, jadi diharapkan \"%s\"; ServerKu2 mencetak \"%s\"", client,
                    expected.substring(0, expected.indexOf(' ')), expected, printed);
        }
    }

    @Test
    @Order(6)
    @Graded(points = 2, en = "keeps serving after clients that reset the connection",
            id = "tetap melayani setelah client yang me-reset koneksi", section = "looping-server#errors",
            judges = {"ServerKu2Command.clientLeft: Says on stderr that a client left before it was thanked",
                "ServerKu2.serve: one client after another"})
    void keepsServingAfterClientsThatReset(Subject serverKu2) throws IOException {
        Run run = start(serverKu2);
        int port = run.listeningPort();
        // ServerKu2 is stopped while they connect and reset, so that it accepts connections already reset and its
        // greeting fails every time, however fast it is (two: any backlog of one or more holds them)
        run.whileFrozen(() -> {
            for (int rude = 0; rude < 2; rude++) {
                try (Socket resetting = Peer.connect(run, serverKu2.host(), port)) {
                    resetting.setSoLinger(true, 0);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        expectServed(serverKu2, run, port, Text.of("after 2 clients that reset before it accepted them",
                "setelah 2 client yang me-reset sebelum diterima"));
    }

    @Test
    @Order(7)
    @Graded(points = 1, en = "keeps serving after clients that leave without reading",
            id = "tetap melayani setelah client yang pergi tanpa membaca", section = "looping-server#errors",
            judges = {"ServerKu2Command.clientLeft: Says on stderr that a client left before it was thanked",
                "ServerKu2.serve: one client after another"})
    void keepsServingAfterClientsThatLeaveWithoutReading(Subject serverKu2) throws IOException {
        Run run = start(serverKu2);
        int port = run.listeningPort();
        for (int rude = 0; rude < 3; rude++) {
            Peer.connect(run, serverKu2.host(), port).close();
        }
        expectServed(serverKu2, run, port, Text.of("after 3 clients that left without reading",
                "setelah 3 client yang pergi tanpa membaca"));
    }

    @Test
    @Order(8)
    @Graded(points = 2, en = "stops with exit code 0 after --max-clients", id = "berhenti dengan kode keluar 0 setelah --max-clients",
            section = "looping-server#loop",
            judges = {"ServerKu2Command.serve: Serves until the clients are all served", "ServerKu2Command: 0 done or stopped"})
    void stopsAfterMaxClientsWithExitZero(Subject serverKu2) throws IOException {
        Run run = serverKu2.start("--host", serverKu2.host(), "--port", "0", "--max-clients", "2");
        int port = run.listeningPort();
        for (int client = 1; client <= 2; client++) {
            Observed<Received> thanks = Observed.of(() -> {
                try (Socket socket = Peer.connect(run, serverKu2.host(), port)) {
                    return Peer.readMessage(socket);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!thanks.ok() || thanks.get().bytes().length == 0) {
                throw notServed(client);
            }
        }
        int exit = run.awaitExit(Run.STEP);
        Expect.that(exit == 0, "with --max-clients 2, after 2 clients expected exit code 0, got %d; %s",
                "dengan --max-clients 2, setelah 2 client diharapkan kode keluar 0, ternyata %d; %s", exit, run.printed());
        Expect.that(!run.accepts(serverKu2.host(), port), "after exiting, port %d still accepts connections",
                "setelah keluar, port %d masih menerima koneksi", port);
    }

    @Test
    @Order(9)
    @Graded(points = CommonTests.SIGTERM_POINTS, en = CommonTests.SIGTERM_EN, id = CommonTests.SIGTERM_ID, section = "looping-server#stop",
            judges = {"ServerKu2Command.closeOnSignal: On SIGINT or SIGTERM", "ServerKu2Command: its stop on SIGINT or SIGTERM"})
    void stopsCleanlyOnSigterm(Subject serverKu2) {
        CommonTests.stopsCleanlyOnSigterm(serverKu2, Text.of("how many clients it served", "berapa client yang dilayani"));
    }

    @Test
    @Order(10)
    @Graded(points = CommonTests.PORT_IN_USE_POINTS, en = CommonTests.PORT_IN_USE_EN, id = CommonTests.PORT_IN_USE_ID,
            section = "looping-server#errors",
            judges = {"ServerKu2Command: its lines", "ServerKu2Command: 1 a network failure"})
    void reportsAPortInUse(Subject serverKu2) {
        CommonTests.reportsAPortInUse(serverKu2);
    }

    @Test
    @Order(11)
    @Graded(points = CommonTests.UNKNOWN_HOST_POINTS, en = CommonTests.UNKNOWN_HOST_EN, id = CommonTests.UNKNOWN_HOST_ID,
            section = "looping-server#errors",
            judges = {"ServerKu2Command: its lines", "ServerKu2.openServerSocket: bound to host:port"})
    void reportsAnUnknownHost(Subject serverKu2) {
        CommonTests.reportsAnUnknownHost(serverKu2);
    }

    /**
     * What client {@code nth} of the shared run received, which must be something: the test needs it served (if it could
     * not even connect, why).
     */
    private static Received served(ServerKu2Visits.Visit visit, int nth) {
        Received thanks;
        try {
            thanks = visit.thanks().get();
        } catch (NotJudged earlier) {
            throw earlier; // no port to connect to: that is what the test needed
        } catch (Verdict refused) {
            throw notServed(nth);
        }
        if (thanks.bytes().length == 0) {
            throw notServed(nth);
        }
        return thanks;
    }

    /** Client {@code nth} got nothing: the test needs a server that serves one client after another. */
    static NotJudged notServed(int nth) {
        return new NotJudged(Text.of("client %d was not served (it got no thanks)", "client %d tidak dilayani (tidak menerima ucapan)", nth),
                "ServerKu2.serve: one client after another", "ServerKu2.acceptClient: Waits for the next client and returns the connection to it");
    }

    /** The shared run the first tests observe. */
    private static ServerKu2Visits visits(Subject serverKu2) {
        return serverKu2.shared("three clients", ServerKu2Visits::new, ServerKu2Visits.class);
    }

    private static Run start(Subject serverKu2) {
        return serverKu2.start("--host", serverKu2.host(), "--port", "0");
    }

    private static void expectServed(Subject serverKu2, Run run, int port, Text after) throws IOException {
        Socket polite;
        try {
            polite = Peer.connect(run, serverKu2.host(), port);
        } catch (Verdict refused) {
            throw new Verdict(refused.status(), Text.about(after, "{what}, the server no longer accepts",
                    "{what}, server tidak lagi menerima").then(refused.reason()).then(Text.same(run.printed())));
        }
        try (polite) {
            Received received = Peer.readMessage(polite);
            Expect.that(received.bytes().length > 0, Text.about(after, "{what}, a polite client expected the thanks",
                    "{what}, client yang sopan mengharapkan ucapan terima kasih").then(received.describe()));
        }
    }
}
