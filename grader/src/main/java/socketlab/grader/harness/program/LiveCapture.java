package socketlab.grader.harness.program;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.harness.verdict.Verdict;
import socketlab.grader.launch.RunningProgram;

/**
 * tcpdump capturing on a host of a test's own ({@link Hosts#capture}): a pcap file written packet by packet, and
 * tcpdump's own line for each packet ({@code tcpdump -nn -e -tt}), printed once the packet is in the file. The test
 * waits for the packet it needs by tcpdump's line, never for a time; a capture that misses it in {@link Run#STEP}
 * is the grader's machine too busy, not the submission's failure: "timed out", and the test runs again.
 */
public final class LiveCapture {
    /** A packet's line begins with its time, in seconds since the epoch ({@code -tt}); tcpdump's own words do not. */
    private static final Pattern PACKET = Pattern.compile("\\d+\\.\\d+ ");

    private final RunningProgram tcpdump;
    private final Path file;

    LiveCapture(RunningProgram tcpdump, Path file) {
        this.tcpdump = tcpdump;
        this.file = file;
    }

    /** Returns once tcpdump says it listens: what the host sends or receives from now on is in the file. */
    void awaitListening() {
        awaitLine(line -> line.startsWith("tcpdump: listening on"), Text.same("tcpdump: listening on"));
    }

    /** Waits for tcpdump's line for a packet that is {@code wanted}: that packet and all before it are in the file. */
    public String awaitPacket(Predicate<String> wanted, Text what) {
        return awaitLine(wanted, what);
    }

    /** tcpdump's lines for the packets captured so far, in order. */
    public List<String> packets() {
        return tcpdump.stdout().stream().filter(line -> PACKET.matcher(line).lookingAt()).toList();
    }

    /** Stops tcpdump (SIGTERM: it closes the file whole) and returns the file, on this machine. */
    public Path stop() {
        tcpdump.terminate();
        if (tcpdump.awaitExit(Run.STEP).isEmpty()) {
            throw tooBusy(Text.same("tcpdump's end"));
        }
        return file;
    }

    private String awaitLine(Predicate<String> wanted, Text what) {
        Optional<String> line = tcpdump.awaitLine(wanted, Run.STEP);
        return line.orElseThrow(() -> tooBusy(what));
    }

    private static Verdict tooBusy(Text what) {
        return new Verdict(Status.TIMED_OUT, Text.about(what, "the grader's capture did not show {what} within %d s: too busy to judge, run again",
                "capture penilai tidak menunjukkan {what} dalam %d detik: terlalu sibuk untuk dinilai, diulang", Run.STEP.toSeconds()));
    }
}
