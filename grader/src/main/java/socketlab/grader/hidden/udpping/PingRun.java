package socketlab.grader.hidden.udpping;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.NotJudged;
import socketlab.grader.harness.verdict.Observed;
import socketlab.grader.harness.verdict.Verdict;

/**
 * One run of PingKu against the test's {@link PingServer}: for each ping, the script says what the server does
 * with it; then the test waits for PingKu's end. What PingKu printed, its exit code and the pings as the server
 * received them are kept for the tests to check.
 */
final class PingRun {
    /** PingKu's --timeout where every ping is answered: far longer than any step, so no reply is ever late by the clock. */
    static final String NEVER_LATE = "10000";
    /**
     * PingKu's --timeout where the test drops a ping: the test answers the pings it answers the moment they come,
     * with 2000 ms, hundreds of times what a reply takes on loopback, to spare.
     */
    static final String DROPS = "2000";

    /** What the test's server does with ping number {@code seq}, as it comes. */
    interface Script {
        void play(PingServer server, int seq, PingServer.Ping ping);
    }

    final List<PingServer.Ping> pings = new ArrayList<>();
    final Observed<Integer> exit;
    final List<String> stdout;
    final String printed;
    final String server;
    private final long timeoutMillis;
    private final Map<Integer, Long> answerDelays;
    private final Optional<NotJudged> malformed;

    /** Runs PingKu with --count {@code count} and this --timeout; {@code script} plays each ping (1, 2, …) as it comes. */
    PingRun(Subject pingKu, int count, String timeout, Script script) {
        timeoutMillis = Long.parseLong(timeout);
        try (PingServer test = new PingServer(pingKu.graderHost())) {
            answerDelays = test.answerDelays();
            server = pingKu.graderHost() + ":" + test.port();
            Run run = pingKu.start("--host", pingKu.graderHost(), "--port", test.port(), "--count", String.valueOf(count),
                    "--timeout", timeout);
            Observed<Boolean> played = Observed.of(() -> {
                for (int seq = 1; seq <= count; seq++) {
                    Duration wait = seq == 1 ? Run.START : Run.STEP.plusMillis(Long.parseLong(timeout));
                    PingServer.Ping ping = seq > 1 && !test.answered(pings.get(seq - 2)) ? afterAnUnansweredPing(test, run, seq, wait)
                            : test.next(run, seq, wait);
                    pings.add(ping);
                    script.play(test, seq, ping);
                }
                return true;
            });
            exit = Observed.of(() -> {
                played.get();
                return run.awaitExit(Run.STEP.plusMillis(Long.parseLong(timeout)));
            });
            malformed = test.malformed();
            stdout = run.stdout();
            printed = run.printed();
        }
    }

    /**
     * Unless every ping the test answered was answered within PingKu's --timeout of its sending, a verdict that the
     * machine was too busy to judge the run ("timed out", so the test runs again): a reply PingKu gave up on because the
     * test sent it late says nothing of PingKu. Asked only where PingKu printed something else than the test expected.
     */
    void requireRepliesInTime() {
        Optional<Verdict> late = tooLateToJudge(answerDelays, timeoutMillis);
        if (late.isPresent()) {
            throw late.get();
        }
    }

    /** "Timed out" for the first ping the test answered {@code timeoutMillis} or more after PingKu sent it, if any. */
    static Optional<Verdict> tooLateToJudge(Map<Integer, Long> answerDelays, long timeoutMillis) {
        return answerDelays.entrySet().stream().filter(delay -> delay.getValue() >= timeoutMillis).sorted(Map.Entry.comparingByKey())
                .findFirst().map(delay -> new Verdict(Status.TIMED_OUT, Text.of(
                        "the test answered ping %d %d ms after PingKu sent it, past its --timeout of %d ms: too busy to judge, run again",
                        "tes menjawab ping %d %d ms setelah PingKu mengirimnya, melewati --timeout %d ms: terlalu sibuk untuk dinilai, diulang",
                        delay.getKey(), delay.getValue(), timeoutMillis)));
    }

    /** The words of PingKu's Javadoc that say a ping's wait ends by itself: what any test that drops a reply needs. */
    static final String[] TIMES_OUT = {"PingKu.awaitReply: or null when none came within the socket's timeout",
        "PingKu.openSocket: whose receive waits timeoutMillis at most"};

    /** Ping {@code seq}, after one the server did not answer: without it, PingKu never gave up on that one's reply. */
    private static PingServer.Ping afterAnUnansweredPing(PingServer test, Run run, int seq, Duration wait) {
        try {
            return test.next(run, seq, wait);
        } catch (Verdict none) {
            if (none.status() == Status.NOT_IMPLEMENTED) {
                throw none;
            }
            throw new NotJudged(Text.about(none.reason(), "PingKu did not give up on ping %d's reply, which the server did not send: {what}",
                    "PingKu tidak berhenti menunggu balasan ping %d, yang tidak dikirim server: {what}", seq - 1), TIMES_OUT);
        }
    }

    /** For a test that reads PingKu's replies: unless every ping was "Ping <seq> <time>", no reply could be right. */
    void requireWellFormedPings() {
        malformed.ifPresent(notJudged -> {
            throw notJudged.withTranscript(Text.same(""));
        });
    }

    /** The nth ping (from 1) the server received. */
    PingServer.Ping ping(int seq) {
        exit.get();
        return pings.get(seq - 1);
    }
}
