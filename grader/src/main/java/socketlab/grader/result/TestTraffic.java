package socketlab.grader.result;

import java.util.List;
import java.util.Set;
import socketlab.grader.course.Exercise;

/**
 * What of a capture is one hidden test's own: the packets sent or received, between {@code fromMicros} and
 * {@code toMicros} (microseconds since the epoch, the clock a capture's records keep), on one of {@code ports}, the
 * ports its programs listened on and its peers' sockets used. A test that read a shared run has a window for it too.
 */
public record TestTraffic(Exercise exercise, String test, List<Window> windows) {

    public TestTraffic {
        windows = List.copyOf(windows);
    }

    /** One conversation's time and ports. */
    public record Window(long fromMicros, long toMicros, Set<Integer> ports) {
        public Window {
            ports = Set.copyOf(ports);
        }

        /** Whether a packet at {@code micros} between these two ports is in this window. */
        public boolean holds(long micros, int sourcePort, int destinationPort) {
            return micros >= fromMicros && micros <= toMicros && (ports.contains(sourcePort) || ports.contains(destinationPort));
        }
    }

    /** Whether a packet at {@code micros} between these two ports is this test's. */
    public boolean holds(long micros, int sourcePort, int destinationPort) {
        return windows.stream().anyMatch(window -> window.holds(micros, sourcePort, destinationPort));
    }
}
