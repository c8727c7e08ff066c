package socketlab.grader.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A started program can be stopped where it is and let go on: the kernel shows it stopped, then running again. */
@Timeout(30)
final class FreezeTest {

    private static final String SECONDS = "29.731";

    @TempDir
    Path work;

    @Test
    void freezeStopsTheProgramAndThawLetsItGoOn() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self")), "skipped: no /proc to read a process's state");
        try (RunningProgram sleeper = new ProcessLauncher(work).start(new Program("sleep", List.of("sleep", SECONDS), Map.of()), List.of())) {
            long pid = sleepersPid();
            sleeper.freeze();
            char frozen = state(pid);
            sleeper.thaw();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (state(pid) == 'T' && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(frozen).as("state while frozen").isEqualTo('T');
            assertThat(state(pid)).as("state after thaw").isNotEqualTo('T');
        }
    }

    /** The started sleep's process id, once setsid has become it (this test's own, by its unusual length). */
    private static long sleepersPid() {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            var found = ProcessHandle.current().descendants().filter(process -> process.info().command().orElse("").endsWith("sleep")
                    && List.of(process.info().arguments().orElse(new String[0])).contains(SECONDS)).findFirst();
            if (found.isPresent()) {
                return found.get().pid();
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("the sleep never started");
    }

    private static char state(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        return stat.charAt(stat.lastIndexOf(')') + 2);
    }
}
