package socketlab.grader.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/**
 * The CPU time the whole machine has spent busy so far, over all its cores (Linux {@code /proc/stat}: user,
 * nice, system, irq, softirq and steal), so a benchmark counts the work of every process a run caused, the
 * Docker engine's and the containers' included, and can say how much of the wall time the cores were idle.
 */
record MachineCpu(Duration busy, int cores) {
    /** Reads the machine's counters now; on a system without {@code /proc/stat} the busy time is zero. */
    static MachineCpu now() {
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long[] ticks = Arrays.stream(fields, 1, fields.length).mapToLong(Long::parseLong).toArray();
            // user, nice, system, idle, iowait, irq, softirq, steal (man 5 proc); idle and iowait are not work
            long busy = ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + (ticks.length > 7 ? ticks[7] : 0);
            return new MachineCpu(Duration.ofMillis(busy * 1000 / CpuClock.TICKS_PER_SECOND), cores);
        } catch (IOException | RuntimeException e) {
            return new MachineCpu(Duration.ZERO, cores);
        }
    }

    /** The busy time spent between {@code earlier} and this reading. */
    MachineCpu since(MachineCpu earlier) {
        return new MachineCpu(busy.minus(earlier.busy), cores);
    }

    /** The busy time divided by the cores: the shortest wall time the same work could have taken here. */
    double perCoreSeconds() {
        return busy.toMillis() / 1000.0 / cores;
    }

    /** How the wall time compares with {@link #perCoreSeconds()}: 1.0 when no core was ever idle. */
    String against(double wallSeconds) {
        if (busy.isZero()) {
            return "machine CPU: not measured (no /proc/stat)";
        }
        return String.format("machine CPU %.1f s on %d cores = %.1f s per core; wall / (CPU per core) = %.2fx",
                busy.toMillis() / 1000.0, cores, perCoreSeconds(), wallSeconds / perCoreSeconds());
    }
}
