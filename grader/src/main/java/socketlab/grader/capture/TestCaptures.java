package socketlab.grader.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;
import socketlab.grader.result.TestTraffic;

/**
 * Gives each test that lost its points the capture of its own packets: cut out of the whole sandbox's capture by the
 * test's windows and ports ({@link PcapCut}), written as {@code <exercise>/<test>.pcap} in a folder, and named on its
 * outcome. A test with no packets of its own (one that reads a file, say) gets none.
 */
public final class TestCaptures {
    /** The folder, in a grading's report folder, that holds the captures. */
    public static final String FOLDER = "captures";

    private TestCaptures() {
    }

    /** The scorecard with its lost tests' captures, written into {@code into}. */
    public static Scorecard attach(Scorecard card, List<TestTraffic> traffic, Path capture, Path into) throws IOException {
        byte[] whole = Files.readAllBytes(capture);
        List<Outcome> outcomes = new ArrayList<>();
        for (Outcome outcome : card.outcomes()) {
            Optional<byte[]> own = outcome.lost() ? trafficOf(traffic, outcome).flatMap(test -> PcapCut.of(whole, test)) : Optional.empty();
            if (own.isPresent()) {
                Path file = Files.createDirectories(into.resolve(outcome.exercise().module())).resolve(outcome.test() + ".pcap");
                Files.write(file, own.get());
                outcomes.add(outcome.withCapture(file.toAbsolutePath().toString()));
            } else {
                outcomes.add(outcome);
            }
        }
        return new Scorecard(card.target(), outcomes, card.programsStarted(), card.millis(), card.compileMillis());
    }

    /** Where a capture of this outcome goes in a grading's report folder: {@code captures/<exercise>/<test>.pcap}. */
    public static String inReportFolder(Outcome outcome) {
        return FOLDER + "/" + outcome.exercise().module() + "/" + outcome.test() + ".pcap";
    }

    private static Optional<TestTraffic> trafficOf(List<TestTraffic> traffic, Outcome outcome) {
        return traffic.stream().filter(test -> test.exercise() == outcome.exercise() && test.test().equals(outcome.test())).findFirst();
    }
}
