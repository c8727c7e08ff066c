package socketlab.grader.hidden.framedserver;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Text;
import socketlab.grader.harness.CommonTests;
import socketlab.grader.harness.Expect;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.wire.Frames;

/**
 * Hidden tests of ServerPesanKu: many framed messages on one connection, cut and merged where the test chooses, each
 * answered with its length and CRC32, then the file sent whole; broken messages reported in one line, and the next
 * client served.
 */
@HiddenTests
public final class ServerPesanKuTest {
    static final byte[] GREETING = "Hai ServerPesanKu, ClientPesanKu ingin berkomunikasi".getBytes(UTF_8);

    @Test
    @Order(1)
    @Graded(points = 2, en = "answers a message with its length and CRC32", id = "menjawab pesan dengan panjang dan CRC32-nya",
            section = "framed-server#framing",
            judges = {"ServerPesanKu.readMessage: its header (the length, 4 bytes, big-endian)", "ServerPesanKu.readMessage: adding them to a CRC32",
                "ServerPesanKu.sendMessage: the body's length, 4 bytes, big-endian", "ServerPesanKu.sendMessage: then the body",
                "ServerPesanKu: The server answers each message with its length and CRC32 as text"})
    void answersAMessageWithItsLengthAndCrc(Subject serverPesanKu) {
        try (PesanClient client = PesanClient.start(serverPesanKu)) {
            Frames.send(client.socket, Frames.framed(GREETING), Text.of("one message", "satu pesan"));
            client.expectAnswerBigEndian(GREETING, Text.of("a message of %d bytes", "pesan %d byte", GREETING.length));
        }
    }

    @Test
    @Order(2)
    @Graded(points = 1, en = "prints each message's client, length and CRC32", id = "mencetak client, panjang dan CRC32 setiap pesan",
            section = "framed-server#framing",
            judges = {"ServerPesanKu.readMessage: its header (the length, 4 bytes, big-endian)", "ServerPesanKu.readMessage: adding them to a CRC32",
                "ServerPesanKu.serve: read its messages"})
    void printsEachMessageWithItsClient(Subject serverPesanKu) {
        try (PesanClient client = PesanClient.start(serverPesanKu)) {
            Frames.send(client.socket, Frames.framed(GREETING), Text.of("one message", "satu pesan"));
            client.expectAnswer(GREETING, Text.of("a message of %d bytes", "pesan %d byte", GREETING.length));
            String expected = client.socket.getLocalAddress().getHostAddress() + ":" + client.socket.getLocalPort() + " "
                    + PesanClient.answerTo(GREETING);
            String printed = client.run.awaitLine(line -> line.endsWith(PesanClient.answerTo(GREETING)) || line.equals(expected),
                    Text.of("line \"%s\"", "baris \"%s\"", expected));
            Expect.that(printed.equals(expected), "the test sent from %s, so expected \"%s\"; ServerPesanKu printed \"%s\"",
                    "tes mengirim dari %s, jadi diharapkan \"%s\"; ServerPesanKu mencetak \"%s\"",
                    expected.substring(0, expected.indexOf(' ')), expected, printed);
        }
    }

    @Test
    @Order(3)
    @Graded(points = 2, en = "answers two messages that arrive in one segment", id = "menjawab dua pesan yang tiba dalam satu segmen",
            section = "framed-server#recv-into",
            judges = {"ServerPesanKu.receiveInto: one read returns what has arrived", "ServerPesanKu: one read may return part of a message, or two"})
    void answersTwoMessagesThatArriveInOneSegment(Subject serverPesanKu) {
        byte[] second = "kedua".getBytes(UTF_8);
        try (PesanClient client = PesanClient.startAnswered(serverPesanKu)) {
            Frames.send(client.socket, Frames.framed(GREETING, second), Text.of("two messages in one write", "dua pesan dalam satu write"));
            client.expectAnswer(GREETING, Text.of("the first of two messages sent at once", "pesan pertama dari dua yang dikirim sekaligus"));
            client.expectAnswer(second, Text.of("the second of two messages sent at once", "pesan kedua dari dua yang dikirim sekaligus"));
        }
    }

    @Test
    @Order(4)
    @Graded(points = 2, en = "reads a message that arrives one byte at a time", id = "membaca pesan yang tiba satu byte demi satu byte",
            section = "framed-server#recv-into",
            judges = {"ServerPesanKu.receiveInto: so read again until all are there"})
    void readsAMessageSentOneByteAtATime(Subject serverPesanKu) {
        byte[] body = "Hai ServerPesanKu".getBytes(UTF_8);
        try (PesanClient client = PesanClient.startAnswered(serverPesanKu)) {
            Frames.sendInPieces(client.run, client.socket, Frames.framed(body), 1, Text.of("one message", "satu pesan"));
            client.expectAnswer(body, Text.of("a message sent one byte at a time", "pesan yang dikirim satu byte demi satu byte"));
        }
    }

    @Test
    @Order(5)
    @Graded(points = 2, en = "reads a header split across reads", id = "membaca header yang terbelah di antara beberapa read",
            section = "framed-server#recv-into",
            judges = {"ServerPesanKu.receiveInto: so read again until all are there",
                "ServerPesanKu.readMessage: its header (the length, 4 bytes, big-endian)"})
    void readsAHeaderSplitAcrossReads(Subject serverPesanKu) {
        byte[] body = "halo".getBytes(UTF_8);
        try (PesanClient client = PesanClient.startAnswered(serverPesanKu)) {
            Frames.sendInPieces(client.run, client.socket, Frames.framed(body), 2, Text.of("one message", "satu pesan"));
            client.expectAnswer(body, Text.of("a message whose header came in two reads of 2 bytes",
                    "pesan yang header-nya datang dalam dua read 2 byte"));
        }
    }

    @Test
    @Order(6)
    @Graded(points = 2, en = "reads a message longer than its buffer", id = "membaca pesan yang lebih panjang dari buffer-nya",
            section = "framed-server#recv-into",
            judges = {"ServerPesanKu.readMessage: a part at a time (a message may be longer than the buffer)",
                "ServerPesanKu.readMessage: adding them to a CRC32"})
    void readsAMessageLongerThanItsBuffer(Subject serverPesanKu) {
        byte[] body = randomBytes(1000, 6);
        try (PesanClient client = PesanClient.startAnswered(serverPesanKu, "--buffer", "16")) {
            Frames.send(client.socket, Frames.framed(body), Text.of("a message of 1000 bytes", "pesan 1000 byte"));
            client.expectAnswer(body, Text.of("1000 bytes, with --buffer 16", "1000 byte, dengan --buffer 16"));
        }
    }

    @Test
    @Order(7)
    @Graded(points = 2, en = "answers 100 KB of random bytes, zeros, \\n and \\r included",
            id = "menjawab 100 KB byte acak, termasuk nol, \\n dan \\r", section = "framed-server#framing",
            judges = {"ServerPesanKu: then that many bytes of any kind", "ServerPesanKu.readMessage: adding them to a CRC32",
                "ServerPesanKu.receiveInto: so read again until all are there"})
    void answersAHundredKilobytesOfRandomBytes(Subject serverPesanKu) {
        byte[] body = randomBytes(100 * 1000, 7);
        body[0] = 0;
        body[1] = '\n';
        body[2] = '\r';
        try (PesanClient client = PesanClient.startAnswered(serverPesanKu)) {
            // two writes, the second once ServerPesanKu has read the first: however fast it reads, one read comes up short
            Frames.sendInPieces(client.run, client.socket, Frames.framed(body), 50_005, Text.of("a message of 100000 random bytes",
                    "pesan 100000 byte acak"));
            client.expectAnswer(body, Text.of("100000 random bytes", "100000 byte acak"));
        }
    }

    @Test
    @Order(8)
    @Graded(points = 1, en = "does not answer an empty message", id = "tidak menjawab pesan kosong", section = "framed-server#framing",
            judges = {"ServerPesanKu: an empty message gets no answer"})
    void doesNotAnswerAnEmptyMessage(Subject serverPesanKu) {
        byte[] after = "x".getBytes(UTF_8);
        try (PesanClient client = PesanClient.startAnswered(serverPesanKu)) {
            Frames.send(client.socket, Frames.framed(new byte[0], after), Text.of("an empty message, then \"x\"", "pesan kosong, lalu \"x\""));
            client.expectAnswer(after, Text.of("\"x\" (the empty message before it gets no answer, so the first answer is x's)",
                    "\"x\" (pesan kosong sebelumnya tidak dijawab, jadi jawaban pertama untuk x)"));
        }
    }

    @Test
    @Order(9)
    @Graded(points = 3, en = "sends the whole file to a client that reads slowly", id = "mengirim seluruh berkas ke client yang membaca pelan-pelan",
            section = "framed-server#sendall",
            judges = {"ServerPesanKu.sendAll: so send the rest until none is left",
                "ServerPesanKu: When the client ends its side after a whole message, the server sends it a file",
                "ServerPesanKu.readMessage: Returns null if the stream ended before a new message began",
                "ServerPesanKu.receiveInto: or fewer if the stream ended first"})
    void sendsTheWholeFileToASlowReader(Subject serverPesanKu) throws IOException {
        try (PesanClient client = PesanClient.startAnswered(serverPesanKu)) {
            client.socket.setReceiveBufferSize(64 * 1024); // the test's window stays smaller than the file: ServerPesanKu's sends wait for its reads
            Frames.send(client.socket, Frames.framed(GREETING), Text.of("one message", "satu pesan"));
            client.expectAnswer(GREETING, Text.of("a message of %d bytes", "pesan %d byte", GREETING.length));
            client.finishSending();
            client.expectFile(PesanClient.DEFAULT_FILE);
        }
    }

    @Test
    @Order(10)
    @Graded(points = 2, en = "sends every byte when one send sends only one", id = "mengirim setiap byte walau satu send hanya mengirim satu",
            section = "framed-server#sendall",
            judges = {"ServerPesanKu.sendAll: so send the rest until none is left"})
    void sendsEveryByteWithASendLimitOfOne(Subject serverPesanKu) {
        try (PesanClient client = PesanClient.startAnswered(serverPesanKu, "--send-limit", "1", "--file-bytes", "3000")) {
            Frames.send(client.socket, Frames.framed(GREETING), Text.of("one message", "satu pesan"));
            client.expectAnswer(GREETING, Text.of("a message, with --send-limit 1", "pesan, dengan --send-limit 1"));
            client.finishSending();
            client.expectFile(3000);
        }
    }

    @Test
    @Order(11)
    @Graded(points = 2, en = "reports a connection that ends inside a message in one line, and serves the next client",
            id = "melaporkan koneksi yang berakhir di tengah pesan dalam satu baris, lalu melayani client berikutnya",
            section = "framed-server#errors",
            judges = {"ServerPesanKu.readMessage: if it ended inside one", "ServerPesanKu.receiveInto: or fewer if the stream ended first",
                "ServerPesanKuCommand.clientFailed: Says on stderr, in one line"})
    void reportsAConnectionThatEndsInsideAMessage(Subject serverPesanKu) {
        byte[] cut = new byte[7];
        System.arraycopy(Frames.header(10), 0, cut, 0, 4);
        BrokenMessages.breakThenServeTheNext(serverPesanKu, cut, Text.of("a header announcing 10 bytes, 3 of them, then the end of the stream",
                "header yang mengumumkan 10 byte, 3 di antaranya, lalu akhir aliran"), true);
    }

    @Test
    @Order(12)
    @Graded(points = 2, en = "reports a negative length in one line, closes, and serves the next client",
            id = "melaporkan panjang negatif dalam satu baris, menutup, lalu melayani client berikutnya", section = "framed-server#errors",
            judges = {"ServerPesanKu.readMessage: if the length is negative", "ServerPesanKuCommand.clientFailed: Says on stderr, in one line"})
    void reportsAMalformedHeader(Subject serverPesanKu) {
        BrokenMessages.breakThenServeTheNext(serverPesanKu, new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xfe, 0, 0, 0, 1, 'a'},
                Text.of("a header of length -2, then a message of 1 byte", "header dengan panjang -2, lalu pesan 1 byte"), true);
    }

    @Test
    @Order(13)
    @Graded(points = 1, en = "reads through its buffer, even a message that announces 2 GiB",
            id = "membaca lewat buffer-nya, bahkan pesan yang mengumumkan 2 GiB", section = "framed-server#recv-into",
            judges = {"ServerPesanKu.readMessage: a part at a time (a message may be longer than the buffer)"})
    void readsThroughItsBufferAMessageAnnouncingTwoGibibytes(Subject serverPesanKu) {
        byte[] big = new byte[4 + 1000];
        System.arraycopy(Frames.header(Integer.MAX_VALUE), 0, big, 0, 4);
        BrokenMessages.breakThenServeTheNext(serverPesanKu, big, Text.of(
                "a header announcing 2147483647 bytes, 1000 of them, then the end of the stream",
                "header yang mengumumkan 2147483647 byte, 1000 di antaranya, lalu akhir aliran"), false);
    }

    @Test
    @Order(14)
    @Graded(points = 1, en = "stops cleanly on SIGTERM while it waits inside a message",
            id = "berhenti dengan rapi saat SIGTERM ketika menunggu di tengah pesan", section = "framed-server#stop",
            judges = {"ServerPesanKuCommand.closeOnSignal: On SIGINT or SIGTERM",
                "ServerPesanKu.receiveInto: A read that fails (the connection closed or reset) ends it with that"})
    void stopsCleanlyOnSigtermInsideAMessage(Subject serverPesanKu) {
        byte[] part = new byte[7];
        System.arraycopy(Frames.header(10), 0, part, 0, 4);
        try (PesanClient client = PesanClient.start(serverPesanKu)) {
            boolean waiting = Frames.sendAndAwaitRead(client.run, client.socket, part, Text.of("a header announcing 10 bytes, and 3 of them",
                    "header yang mengumumkan 10 byte, dan 3 di antaranya"));
            Expect.that(waiting, "after 3 of the 10 bytes a header announced, ServerPesanKu must read them and wait for the rest, the"
                    + " connection open; %s", "setelah 3 dari 10 byte yang diumumkan header, ServerPesanKu harus membacanya lalu menunggu"
                    + " sisanya, dengan koneksi tetap terbuka; %s", client.run.printed());
            CommonTests.stopsCleanlyOnSigterm(client.run, serverPesanKu.host(), Text.of("how many clients it served",
                    "berapa client yang dilayani"));
        }
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
