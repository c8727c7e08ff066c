package socketlab.grader.hidden.concurrentserver;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Expect;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.program.Quote;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.NotJudged;
import socketlab.grader.harness.verdict.Observed;
import socketlab.grader.harness.wire.Peer;
import socketlab.grader.harness.wire.Received;

/**
 * Hidden tests of ServerKu3 (the seed's serverku2.py made concurrent): every client greeted at once, each answer
 * printed as one whole line, a pool that bounds the conversations, and an end that waits for every conversation.
 * Each test's clients take turns the test chooses; what ServerKu3 holds at once is read from its own sockets.
 */
@HiddenTests
public final class ServerKu3Test {
    private static final Text WHILE_A_IS_SILENT = Text.of("while client A is connected and silent", "selagi client A terhubung dan diam");

    @Test
    @Order(1)
    @Graded(points = 2, en = "greets a client, prints its answer with its address, and closes",
            id = "menyapa client, mencetak jawabannya beserta alamatnya, lalu menutup", section = "concurrent-server#conversation",
            judges = {"ServerKu3.converse: greets it", "ServerKu3.converse: and a newline", "ServerKu3.converse: reads its answer (one line)",
                "ServerKu3.converse: prints the client's address and port", "ServerKu3.converse: as one whole line",
                "ServerKu3.converse: and closes the connection"})
    void greetsAClientPrintsItsAnswerAndCloses(Subject serverKu3) {
        Run run = start(serverKu3);
        try (Ku3Client a = Ku3Client.connect(serverKu3, run, "A")) {
            a.expectGreeting();
            a.answer("halo ServerKu3");
            a.expectPrinted("halo ServerKu3");
            Received rest = Peer.readUntilClosed(a.socket);
            Expect.that(rest.ending() == Received.Ending.CLOSED, Text.about(rest.describe(),
                    "after the answer expected ServerKu3 to close the connection; {what}",
                    "setelah jawaban diharapkan ServerKu3 menutup koneksi; {what}"));
        }
    }

    @Test
    @Order(2)
    @Graded(points = 3, en = "serves a second client while the first is silent", id = "melayani client kedua selagi client pertama diam",
            section = "concurrent-server#threads",
            judges = {"ServerKu3.handOff: returns at once", "ServerKu3: all of them at once"})
    void servesASecondClientWhileTheFirstIsSilent(Subject serverKu3) {
        Run run = start(serverKu3);
        try (Ku3Client a = Ku3Client.connect(serverKu3, run, "A")) {
            a.awaitGreeting();
            run.awaitQuiet(); // A's conversation waits for its answer: whatever it does before that, it has done
            try (Ku3Client b = Ku3Client.connect(serverKu3, run, "B")) {
                b.awaitGreeting(WHILE_A_IS_SILENT);
                run.awaitQuiet();
                b.answer("kedua");
                b.awaitAnswerPrinted("kedua");
                a.answer("pertama");
                a.awaitAnswerPrinted("pertama");
            }
        }
    }

    @Test
    @Order(3)
    @Graded(points = 2, en = "greets ten clients, all connected at once, before any answers",
            id = "menyapa sepuluh client yang terhubung sekaligus sebelum ada yang menjawab", section = "concurrent-server#threads",
            judges = {"ServerKu3.handOff: returns at once", "ServerKu3: all of them at once"})
    void greetsTenClientsAtOnce(Subject serverKu3) {
        Run run = start(serverKu3, "--threads", "10");
        List<Ku3Client> clients = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                clients.add(Ku3Client.connect(serverKu3, run, String.valueOf(i + 1)));
            }
            for (Ku3Client client : clients) {
                client.awaitGreeting(Text.of("while all ten are connected and none has answered",
                        "selagi kesepuluhnya terhubung dan belum ada yang menjawab"));
            }
            run.awaitQuiet();
            long held = clients.stream().filter(client -> run.holdsConnectionWith(client.local())).count();
            Expect.that(held == 10, "with ten clients greeted and none answered, ServerKu3's own sockets held %d of their connections",
                    "dengan sepuluh client disapa dan belum ada yang menjawab, socket milik ServerKu3 memegang %d koneksinya", held);
            for (int i = clients.size() - 1; i >= 0; i--) {
                clients.get(i).answer("jawaban " + (i + 1));
                clients.get(i).awaitAnswerPrinted("jawaban " + (i + 1));
            }
        } finally {
            clients.forEach(Ku3Client::close);
        }
    }

    @Test
    @Order(4)
    @Graded(points = 2, en = "keeps serving the others when a client resets, and says so in one line",
            id = "tetap melayani yang lain saat client me-reset, dan mengatakannya dalam satu baris", section = "concurrent-server#errors",
            judges = {"ServerKu3.converse: ends its conversation only, with {@code options.clientLeft}",
                "ServerKu3Command.clientLeft: Says on stderr, in one line"})
    void keepsServingTheOthersWhenAClientResets(Subject serverKu3) throws IOException {
        Run run = start(serverKu3);
        String rude;
        try (Ku3Client a = Ku3Client.connect(serverKu3, run, "A")) {
            a.awaitGreeting();
            run.awaitQuiet();
            rude = a.address();
            a.socket.setSoLinger(true, 0); // close() now sends a reset
        }
        try (Ku3Client b = Ku3Client.connect(serverKu3, run, "B")) {
            b.awaitGreeting(Text.of("after client A reset its connection", "setelah client A me-reset koneksinya"));
            b.answer("kedua");
            b.awaitAnswerPrinted("kedua");
        }
        List<String> err = run.awaitErrorLines(line -> line.contains(rude));
        Expect.that(err.size() == 1 && err.stream().noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception")),
                "after client A (%s) reset, expected one readable line on stderr that names it; got %d: %s",
                "setelah client A (%s) me-reset, diharapkan satu baris di stderr yang menyebutnya; ternyata %d: %s",
                rude, err.size(), Quote.lines(err));
    }

    @Test
    @Order(5)
    @Graded(points = 2, en = "prints each answer as one whole line while others are served",
            id = "mencetak setiap jawaban sebagai satu baris utuh selagi yang lain dilayani", section = "concurrent-server#lines",
            judges = {"ServerKu3.converse: as one whole line"})
    void printsEachAnswerAsOneWholeLine(Subject serverKu3) {
        Run run = start(serverKu3);
        try (Ku3Client a = Ku3Client.connect(serverKu3, run, "A")) {
            a.awaitGreeting();
            boolean reading = a.answerPart("separuh jawaban, ");
            Expect.that(reading, "ServerKu3 did not read the first part of client A's answer, or left: %s",
                    "ServerKu3 tidak membaca bagian pertama jawaban client A, atau pergi: %s", run.printed());
            try (Ku3Client b = Ku3Client.connect(serverKu3, run, "B")) {
                b.awaitGreetingWhileAnotherIsServed(Text.of("while client A's answer is half sent",
                        "selagi jawaban client A baru separuh terkirim"));
                run.awaitQuiet();
                b.answer("kedua");
                b.awaitAnswerPrinted("kedua");
                a.answer("lalu sisanya");
                a.expectPrintedWhole("separuh jawaban, lalu sisanya");
            }
        }
    }

    @Test
    @Order(6)
    @Graded(points = 2, en = "after --max-clients, waits for every conversation, then exits with 0",
            id = "setelah --max-clients, menunggu setiap percakapan, lalu keluar dengan 0", section = "concurrent-server#stop",
            judges = {"ServerKu3.finish: Lets the pool take no more conversations", "ServerKu3.finish: waits until every one it has has ended",
                "ServerKu3Command.serve: Serves until --max-clients are taken and their conversations ended"})
    void waitsForEveryConversationThenExits(Subject serverKu3) {
        // one client is enough to see the end wait for a conversation, and needs no second one served at once (#threads)
        Run run = start(serverKu3, "--max-clients", "1");
        try (Ku3Client a = Ku3Client.connect(serverKu3, run, "A")) {
            a.awaitGreeting();
            boolean quiet = run.awaitQuiet();
            Expect.that(quiet && run.exitCodeNow().isEmpty(), "with --max-clients 1 and its client greeted but not answered, ServerKu3"
                    + " must wait for the answer; %s", "dengan --max-clients 1 dan client-nya disapa tetapi belum menjawab, ServerKu3"
                    + " harus menunggu jawabannya; %s", run.exitCodeNow().isPresent() ? "it ended: " + run.printed() : "it kept busy");
            a.answer("pertama");
            a.awaitAnswerPrinted("pertama");
        }
        int exit = run.awaitExit(Run.STEP);
        Expect.that(exit == 0, "with --max-clients 1, after its conversation expected exit code 0, got %d; %s",
                "dengan --max-clients 1, setelah percakapannya diharapkan kode keluar 0, ternyata %d; %s", exit, run.printed());
    }

    @Test
    @Order(7)
    @Graded(points = 2, en = "on SIGTERM, ends every conversation and exits with 0",
            id = "saat SIGTERM, mengakhiri setiap percakapan lalu keluar dengan 0", section = "concurrent-server#stop",
            judges = {"ServerKu3Command.closeOnSignal: On SIGINT or SIGTERM", "ServerKu3.finish: Lets the pool take no more conversations",
                "ServerKu3.converse: ends its conversation only, with {@code options.clientLeft}"})
    void onSigtermEndsEveryConversationAndExits(Subject serverKu3) {
        // one client in conversation, as above: its end on SIGTERM is the subject, not a second client served at once
        Run run = start(serverKu3);
        try (Ku3Client a = Ku3Client.connect(serverKu3, run, "A")) {
            a.awaitGreeting();
            run.awaitQuiet();
            int linesBefore = run.stdout().size();
            run.terminate();
            int exit = run.awaitExit(Run.STEP);
            Expect.that(exit == 0, "on SIGTERM with a client in conversation, expected it to end it and exit with 0, got %d; %s",
                    "saat SIGTERM dengan satu client dalam percakapan, diharapkan ia mengakhirinya lalu keluar dengan 0, ternyata %d; %s",
                    exit, run.printed());
            Expect.that(run.stdout().size() > linesBefore, "on SIGTERM expected a last line on stdout (how many clients it took); %s",
                    "saat SIGTERM diharapkan satu baris terakhir di stdout (berapa client yang diterima); %s", run.printed());
            Received rest = Peer.readUntilClosed(a.socket);
            Expect.that(rest.ending() != Received.Ending.SILENT, Text.about(rest.describe(),
                    "after SIGTERM expected client A's connection to end; {what}", "setelah SIGTERM diharapkan koneksi client A berakhir; {what}"));
        }
    }

    @Test
    @Order(8)
    @Graded(points = 2, en = "with --threads 1, a second client waits for the first's thread",
            id = "dengan --threads 1, client kedua menunggu thread client pertama", section = "concurrent-server#pool",
            judges = {"ServerKu3.startPool: The pool of {@code threads} threads", "ServerKu3.startPool: each client on one of them"})
    void aClientBeyondThePoolWaitsForAThread(Subject serverKu3) {
        Run run = start(serverKu3, "--threads", "1");
        try (Ku3Client a = Ku3Client.connect(serverKu3, run, "A"); Ku3Client b = connectOnceQuiet(serverKu3, run, a)) {
            // a line that ends so: another thread's half-printed line before it is the subject of #lines, not of this test
            Observed<String> accepted = Observed.of(() -> run.awaitLine(line -> line.endsWith(b.address() + " Now Connected"),
                    Text.of("\"%s Now Connected\" (client B, accepted)", "\"%s Now Connected\" (client B, diterima)", b.address())));
            if (!accepted.ok()) {
                throw new NotJudged(Text.of("ServerKu3 did not accept client B while client A's conversation went on: %s",
                        "ServerKu3 tidak menerima client B selagi percakapan client A berlangsung: %s", run.printed()), Ku3Client.AT_ONCE);
            }
            boolean quiet = run.awaitQuiet();
            Expect.that(quiet && !b.heardAnything(), "with --threads 1 and client A's conversation on the only thread, client B must"
                    + " wait, accepted but not greeted; %s", "dengan --threads 1 dan percakapan client A di satu-satunya thread, client B"
                    + " harus menunggu, diterima tetapi belum disapa; %s", b.heardAnything() ? "B was greeted at once" : "ServerKu3 kept busy");
            a.answer("pertama");
            a.awaitAnswerPrinted("pertama");
            b.awaitGreeting(Text.of("once client A's conversation has ended", "setelah percakapan client A selesai"));
            b.answer("kedua");
            b.awaitAnswerPrinted("kedua");
        }
    }

    /**
     * Client B, connected once client A has been greeted and ServerKu3 has done all it does before A answers: each
     * step of the two conversations then comes in the order the test chose, however fast each thread is.
     */
    private static Ku3Client connectOnceQuiet(Subject serverKu3, Run run, Ku3Client a) {
        a.awaitGreeting();
        run.awaitQuiet();
        return Ku3Client.connect(serverKu3, run, "B");
    }

    private static Run start(Subject serverKu3, String... options) {
        List<String> args = new ArrayList<>(List.of("--host", serverKu3.host(), "--port", "0"));
        args.addAll(List.of(options));
        return serverKu3.start(args.toArray(String[]::new));
    }
}
