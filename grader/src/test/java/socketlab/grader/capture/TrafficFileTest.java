package socketlab.grader.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.course.Exercise;
import socketlab.grader.result.TestTraffic;

/** What of a capture each test's own is, as the grader inside a sandbox leaves it and the grader outside reads it. */
final class TrafficFileTest {
    @TempDir
    Path folder;

    @Test
    void readsWhatItWroteEveryWindowAndPortOfEveryTest() throws IOException {
        List<TestTraffic> traffic = List.of(new TestTraffic(Exercise.SERVER, "greets", List.of(
                new TestTraffic.Window(1_000, 2_000, Set.of(40123, 41306)), new TestTraffic.Window(1_500, 2_500, Set.of()))),
                new TestTraffic(Exercise.UDP_PING, "pings", List.of(new TestTraffic.Window(3_000, 4_000, Set.of(9)))));

        TrafficFile.write(traffic, folder);

        assertThat(TrafficFile.read(folder)).isEqualTo(traffic);
    }

    @Test
    void readsNoTrafficWhereNoFileWasLeft() throws IOException {
        assertThat(TrafficFile.read(folder)).isEmpty();
    }
}
