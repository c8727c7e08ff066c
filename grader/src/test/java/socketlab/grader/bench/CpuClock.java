package socketlab.grader.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time used so far by this JVM and by the child processes it has started and reaped (Linux
 * {@code /proc/self/stat}), so a benchmark can say whether the grader or the programs under test cost the time.
 */
record CpuClock(Duration grader, Duration programs) {
    /** The kernel's clock ticks per second in {@code /proc} (USER_HZ, 100 on Linux). */
    static final long TICKS_PER_SECOND = 100;

    /** Reads the clock now; on a system without {@code /proc} both figures are zero. */
    static CpuClock now() {
        Duration self = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command name: state is field 3, cutime field 16 and cstime field 17 (1-based, man 5 proc)
            long childTicks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            return new CpuClock(self, Duration.ofMillis(childTicks * 1000 / TICKS_PER_SECOND));
        } catch (IOException | RuntimeException e) {
            return new CpuClock(self, Duration.ZERO);
        }
    }

    /** The CPU time spent between {@code earlier} and this reading. */
    CpuClock since(CpuClock earlier) {
        return new CpuClock(grader.minus(earlier.grader), programs.minus(earlier.programs));
    }

    /** This and {@code other} added up. */
    CpuClock plus(CpuClock other) {
        return new CpuClock(grader.plus(other.grader), programs.plus(other.programs));
    }

    @Override
    public String toString() {
        return String.format("CPU %.1f s in the grader's JVM + %.1f s in the programs it started",
                grader.toMillis() / 1000.0, programs.toMillis() / 1000.0);
    }
}
