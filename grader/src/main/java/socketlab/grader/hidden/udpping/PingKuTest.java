package socketlab.grader.hidden.udpping;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Expect;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.WaitsOnTimeouts;
import socketlab.grader.harness.program.HostsFile;
import socketlab.grader.harness.program.Quote;
import socketlab.grader.harness.program.Run;

/**
 * Hidden tests of PingKu: the UDP pinger, against the test's own server ({@link PingServer}), which decides
 * which pings it answers, drops, holds, repeats or answers from elsewhere. The first tests observe shared runs;
 * the others run PingKu their own way.
 */
@HiddenTests
@WaitsOnTimeouts
public final class PingKuTest {
    static final String TIMED_OUT = "Request timed out";
    /** How far PingKu's printed RTT may stray from the bounds the test's server measured: its clock reads and rounding. */
    static final double MARGIN_MS = 1.0;
    static final Duration HOLD = Duration.ofMillis(300);
    private static final Pattern RTT_SUMMARY = Pattern.compile("rtt min/avg/max = (\\d+\\.\\d{3})/(\\d+\\.\\d{3})/(\\d+\\.\\d{3}) ms");

    @Test
    @Order(1)
    @Graded(points = 2, en = "sends --count pings \"Ping <seq> <time>\", numbered from 1",
            id = "mengirim --count ping \"Ping <seq> <time>\", bernomor dari 1",
            section = "udp-ping#sendto",
            judges = {"PingKu.sendPing: Sends the ping's text", "PingKu: it sends {@code --count} pings"})
    void sendsNumberedPings(Subject pingKu) {
        PingRun run = answered(pingKu);
        run.exit.get();
        for (int seq = 1; seq <= 3; seq++) {
            String text = run.ping(seq).text();
            Matcher ping = PingServer.PING.matcher(text);
            Expect.that(ping.matches() && ping.group(1).equals(String.valueOf(seq)), "expected ping %d as \"Ping %d <time in ms>\", got \"%s\"",
                    "diharapkan ping %d berbentuk \"Ping %d <waktu dalam ms>\", ternyata \"%s\"", seq, seq, text);
        }
    }

    @Test
    @Order(2)
    @Graded(points = 2, en = "prints each reply with its round-trip time", id = "mencetak setiap balasan dengan waktu pulang-perginya",
            section = "udp-ping#recvfrom",
            judges = {"PingKu.awaitReply: Returns the reply's text", "PingKu: prints the reply and its round-trip time"})
    void printsEachReplyWithItsRtt(Subject pingKu) {
        PingRun run = answered(pingKu);
        run.exit.get();
        for (int seq = 1; seq <= 3; seq++) {
            rttOfTheReply(run, seq);
        }
    }

    @Test
    @Order(3)
    @Graded(points = 1, en = "prints the summary: sent, received, loss and RTT min/avg/max",
            id = "mencetak ringkasan: terkirim, diterima, hilang dan RTT min/avg/max",
            section = "udp-ping#statistics",
            judges = {"PingKu: then how many were lost and the RTTs"})
    void printsTheSummary(Subject pingKu) {
        PingRun run = answered(pingKu);
        run.exit.get();
        expectLine(run, 4, "3 sent, 3 received, 0.0% loss", Text.of("with all 3 pings answered", "dengan ketiga ping dijawab"));
        double[] rtts = {rttOf(run, 1), rttOf(run, 2), rttOf(run, 3)};
        String summary = run.stdout.size() > 4 ? run.stdout.get(4) : "(nothing)";
        Matcher numbers = RTT_SUMMARY.matcher(summary);
        Expect.that(numbers.matches(), "expected line 5 \"rtt min/avg/max = <ms>/<ms>/<ms> ms\", got \"%s\"",
                "diharapkan baris 5 \"rtt min/avg/max = <ms>/<ms>/<ms> ms\", ternyata \"%s\"", summary);
        double min = Math.min(rtts[0], Math.min(rtts[1], rtts[2]));
        double max = Math.max(rtts[0], Math.max(rtts[1], rtts[2]));
        double average = (rtts[0] + rtts[1] + rtts[2]) / 3;
        Expect.that(near(numbers.group(1), min) && near(numbers.group(2), average) && near(numbers.group(3), max),
                "the replies' RTTs were %.3f, %.3f and %.3f ms, so expected min/avg/max %.3f/%.3f/%.3f; PingKu printed \"%s\"",
                "RTT balasannya %.3f, %.3f dan %.3f ms, jadi diharapkan min/avg/max %.3f/%.3f/%.3f; PingKu mencetak \"%s\"",
                rtts[0], rtts[1], rtts[2], min, average, max, summary);
    }

    @Test
    @Order(4)
    @Graded(points = 1, en = "exits with 0 after the summary", id = "keluar dengan 0 setelah ringkasan", section = "udp-ping#statistics",
            judges = {"PingKuCommand: 0 done (lost pings included)"})
    void exitsWithZeroAfterTheSummary(Subject pingKu) {
        PingRun run = answered(pingKu);
        int exit = run.exit.get();
        Expect.that(exit == 0, "after 3 pings expected exit code 0, got %d; %s", "setelah 3 ping diharapkan kode keluar 0, ternyata %d; %s",
                exit, run.printed);
    }

    @Test
    @Order(5)
    @Graded(points = 2, en = "times out a dropped ping and goes on", id = "menyerah pada ping yang hilang lalu lanjut", section = "udp-ping#timeout",
            judges = {"PingKu.awaitReply: or null when none came within the socket's timeout",
                "PingKu.openSocket: whose receive waits timeoutMillis at most", "PingKu.ping: each waiting for its own reply or its timeout"})
    void timesOutADroppedPingAndGoesOn(Subject pingKu) {
        PingRun run = secondDropped(pingKu);
        run.exit.get();
        rttOf(run, 1);
        expectLine(run, 2, TIMED_OUT, Text.of("for ping 2, which the server dropped", "untuk ping 2, yang dibuang server"));
        rttOf(run, 3);
    }

    @Test
    @Order(6)
    @Graded(points = 2, en = "counts the loss over the pings sent",
            id = "menghitung yang hilang dari ping yang dikirim", section = "udp-ping#statistics",
            judges = {"PingKu.lossPercent: The percentage of the pings sent that got no reply", "PingKu.lossPercent: of the pings sent"})
    void countsTheLossOverThePingsSent(Subject pingKu) {
        PingRun run = secondDropped(pingKu);
        run.exit.get();
        expectLine(run, 4, "3 sent, 2 received, 33.3% loss", Text.of("with 1 of 3 pings dropped", "dengan 1 dari 3 ping dibuang"));
    }

    @Test
    @Order(7)
    @Graded(points = 1, en = "reports every ping lost when no reply comes", id = "melaporkan semua ping hilang saat tidak ada balasan",
            section = "udp-ping#statistics",
            judges = {"PingKu.lossPercent: of the pings sent", "PingKu.awaitReply: or null when none came within the socket's timeout",
                "PingKu.openSocket: whose receive waits timeoutMillis at most"})
    void reportsEveryPingLostWhenNoReplyComes(Subject pingKu) {
        PingRun run = new PingRun(pingKu, 2, PingRun.DROPS, (server, seq, ping) -> { });
        int exit = run.exit.get();
        List<String> expected = List.of(TIMED_OUT, TIMED_OUT, "2 sent, 0 received, 100.0% loss");
        Expect.that(run.stdout.equals(expected) && exit == 0, Text.of(
                "the server dropped both pings: expected %s and exit code 0 (no RTTs to summarise); got exit code %d, %s",
                "server membuang kedua ping: diharapkan %s dan kode keluar 0 (tidak ada RTT untuk diringkas); ternyata kode keluar %d, %s",
                Quote.lines(expected), exit, run.printed));
    }

    @Test
    @Order(8)
    @Graded(points = 2, en = "does not take a late reply for the next ping's",
            id = "tidak menganggap balasan yang terlambat sebagai balasan ping berikutnya",
            section = "udp-ping#matching",
            judges = {"PingKu.awaitReply: late replies to earlier pings"})
    void doesNotTakeALateReplyForTheNextPings(Subject pingKu) {
        PingServer.Ping[] first = new PingServer.Ping[1];
        PingRun run = new PingRun(pingKu, 2, PingRun.DROPS, (server, seq, ping) -> {
            if (seq == 1) {
                first[0] = ping; // held: answered only once ping 2 shows that PingKu gave up on it
            } else {
                server.answer(first[0]);
                server.answer(ping);
            }
        });
        run.exit.get();
        expectLine(run, 1, TIMED_OUT, Text.of("for ping 1, whose reply the server sent only after ping 2 came",
                "untuk ping 1, yang balasannya baru dikirim server setelah ping 2 datang"));
        rttOf(run, 2);
        expectCounts(run, 3, "2 sent, 1 received, ", Text.of("with ping 1's reply late", "dengan balasan ping 1 terlambat"));
    }

    @Test
    @Order(9)
    @Graded(points = 1, en = "counts a reply that comes twice once", id = "menghitung balasan yang datang dua kali sekali saja",
            section = "udp-ping#matching",
            judges = {"PingKu.awaitReply: late replies to earlier pings"})
    void countsAReplyThatComesTwiceOnce(Subject pingKu) {
        PingRun run = new PingRun(pingKu, 2, PingRun.NEVER_LATE, (server, seq, ping) -> {
            server.answer(ping);
            if (seq == 1) {
                server.answer(ping);
            }
        });
        run.exit.get();
        rttOf(run, 1);
        rttOf(run, 2);
        expectCounts(run, 3, "2 sent, 2 received, ", Text.of("with ping 1's reply sent twice", "dengan balasan ping 1 dikirim dua kali"));
    }

    @Test
    @Order(10)
    @Graded(points = 2, en = "ignores a reply from another port than the server's", id = "mengabaikan balasan dari port selain port server",
            section = "udp-ping#matching",
            judges = {"PingKu.awaitReply: from the server's address and port"})
    void ignoresAReplyFromAnotherPort(Subject pingKu) {
        PingRun run = new PingRun(pingKu, 2, PingRun.DROPS, (server, seq, ping) -> {
            if (seq == 1) {
                server.answerFromAnotherPort(ping);
            } else {
                server.answer(ping);
            }
        });
        run.exit.get();
        expectLine(run, 1, TIMED_OUT, Text.of("for ping 1, whose only reply came from another port than the server's",
                "untuk ping 1, yang balasannya hanya datang dari port selain port server"));
        rttOf(run, 2);
    }

    @Test
    @Order(11)
    @Graded(points = 2, en = "measures the round-trip time in milliseconds", id = "mengukur waktu pulang-pergi dalam milidetik",
            section = "udp-ping#rtt",
            judges = {"PingKu.millisSince: The milliseconds from"})
    void measuresTheRoundTripTimeInMilliseconds(Subject pingKu) {
        long[] clock = new long[4];
        PingRun run = new PingRun(pingKu, 3, PingRun.NEVER_LATE, (server, seq, ping) -> {
            if (seq == 2) {
                clock[1] = ping.receivedNanos();
                clock[2] = server.answerAfter(ping, HOLD);
            } else {
                clock[seq == 1 ? 0 : 3] = seq == 1 ? server.answer(ping) : ping.receivedNanos();
                if (seq == 3) {
                    server.answer(ping);
                }
            }
        });
        run.exit.get();
        double rtt = rttOf(run, 2);
        // ping 2 was sent before the server got it and its reply came after the server sent it: at least the hold;
        // it was sent after reply 1 and PingKu printed it before sending ping 3: at most from reply 1 to ping 3
        double least = (clock[2] - clock[1]) / 1e6;
        double most = (clock[3] - clock[0]) / 1e6;
        Expect.that(rtt >= least - MARGIN_MS && rtt <= most + MARGIN_MS, Text.of(
                "the server held ping 2's reply %.3f ms and got ping 3 %.3f ms after it sent reply 1, so its RTT is between"
                        + " those (± %.0f ms); PingKu printed %.3f ms: milliseconds are System.nanoTime() differences / 1e6",
                "server menahan balasan ping 2 %.3f ms dan menerima ping 3 %.3f ms setelah mengirim balasan 1, jadi RTT-nya di antara"
                        + " keduanya (± %.0f ms); PingKu mencetak %.3f ms: milidetik adalah selisih System.nanoTime() / 1e6",
                least, most, MARGIN_MS, rtt));
    }

    @Test
    @Order(12)
    @Graded(points = 1, en = "reports an unknown host, and --count 0, in one line each",
            id = "melaporkan host yang tidak dikenal, dan --count 0, masing-masing dalam satu baris", section = "udp-ping#errors",
            judges = {"PingKuCommand.server: an unknown host is a failure said in one line", "PingKuCommand: its messages"})
    void reportsAnUnknownHostAndACountOfZero(Subject pingKu) {
        Run zero = pingKu.start("--host", pingKu.graderHost(), "--port", "12345", "--count", "0");
        Expect.reportsFailureInOneLine(zero, Text.of("started with --count 0", "dijalankan dengan --count 0"));
        Run run = pingKu.start("--host", HostsFile.UNKNOWN, "--port", "12345", "--count", "1");
        Expect.reportsFailureInOneLine(run, Text.of("pinging the unknown host %s", "ping ke host tak dikenal %s", HostsFile.UNKNOWN));
    }

    /**
     * The RTT PingKu printed on the reply line of ping {@code seq}, which must name the server and the ping's reply (in
     * any case: the reply's text is {@link #printsEachReplyWithItsRtt}'s subject, which reads it with {@link #rttOfTheReply}).
     */
    private static double rttOf(PingRun run, int seq) {
        return rtt(run, seq, Pattern.CASE_INSENSITIVE);
    }

    /** {@link #rttOf}, the reply's text as the server sent it. */
    private static double rttOfTheReply(PingRun run, int seq) {
        return rtt(run, seq, 0);
    }

    private static double rtt(PingRun run, int seq, int flags) {
        run.requireWellFormedPings();
        String expected = "Reply from " + run.server + ": " + run.ping(seq).reply() + " time=";
        String line = run.stdout.size() >= seq ? run.stdout.get(seq - 1) : "(nothing)";
        Matcher rtt = Pattern.compile(Pattern.quote(expected) + "(\\d+\\.\\d{3}) ms", flags).matcher(line);
        if (!rtt.matches()) {
            run.requireRepliesInTime();
        }
        Expect.that(rtt.matches(), "for ping %d expected line %d \"%s<ms, 3 decimals> ms\"; PingKu printed \"%s\"",
                "untuk ping %d diharapkan baris %d \"%s<ms, 3 desimal> ms\"; PingKu mencetak \"%s\"", seq, seq, expected, line);
        return Double.parseDouble(rtt.group(1));
    }

    private static void expectLine(PingRun run, int nth, String expected, Text when) {
        run.requireWellFormedPings();
        String line = run.stdout.size() >= nth ? run.stdout.get(nth - 1) : "(nothing)";
        if (!line.equals(expected)) {
            run.requireRepliesInTime();
        }
        Expect.that(line.equals(expected), Text.about(when, "{what}, expected line %d \"%s\"; PingKu printed %s",
                "{what}, diharapkan baris %d \"%s\"; PingKu mencetak %s", nth, expected, Quote.lines(run.stdout)));
    }

    /**
     * The summary's counts only ({@code "<sent> sent, <received> received, "}): a test of matching replies to pings
     * judges what was counted, not the loss's arithmetic, which is the subject of its own test.
     */
    private static void expectCounts(PingRun run, int nth, String counts, Text when) {
        run.requireWellFormedPings();
        String line = run.stdout.size() >= nth ? run.stdout.get(nth - 1) : "(nothing)";
        if (!line.startsWith(counts)) {
            run.requireRepliesInTime();
        }
        Expect.that(line.startsWith(counts), Text.about(when, "{what}, expected line %d to begin \"%s\"; PingKu printed %s",
                "{what}, diharapkan baris %d diawali \"%s\"; PingKu mencetak %s", nth, counts, Quote.lines(run.stdout)));
    }

    private static boolean near(String printed, double expected) {
        return Math.abs(Double.parseDouble(printed) - expected) <= 0.0015;
    }

    private static PingRun answered(Subject pingKu) {
        return pingKu.shared("three pings answered", subject -> new PingRun(subject, 3, PingRun.NEVER_LATE,
                (server, seq, ping) -> server.answer(ping)), PingRun.class);
    }

    private static PingRun secondDropped(Subject pingKu) {
        return pingKu.shared("ping 2 dropped", subject -> new PingRun(subject, 3, PingRun.DROPS, (server, seq, ping) -> {
            if (seq != 2) {
                server.answer(ping);
            }
        }), PingRun.class);
    }
}
