package socketlab.grader.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A program's threads read from /proc: a process that has exited but is not yet reaped is on its way out, not waiting. */
final class ProgramThreadsTest {
    @TempDir
    Path proc;

    @Test
    void readsTheStateAfterACommandNameThatHoldsParenthesesAndSpaces() throws IOException {
        Path sleeping = Files.createDirectories(proc.resolve("1"));
        Files.writeString(sleeping.resolve("stat"), "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 1 0 0 0\n");
        Path zombie = Files.createDirectories(proc.resolve("2"));
        Files.writeString(zombie.resolve("stat"), "4243 (java) Z 1 4243 4243 0 -1 4227084 0 0 0 0\n");
        assertAll(
                () -> assertThat(ProgramThreads.state(sleeping)).isEqualTo('S'),
                () -> assertThat(ProgramThreads.state(zombie)).isEqualTo('Z'),
                () -> assertThat(ProgramThreads.state(proc.resolve("gone"))).as("a task that is gone").isEqualTo('X'));
    }

    @Test
    void countsAnExitedProcessNotYetReapedAsEndingNotWaiting() {
        assertAll(
                () -> assertThat(ProgramThreads.endedUnreaped('Z')).isTrue(),
                () -> assertThat(ProgramThreads.endedUnreaped('X')).isTrue(),
                () -> assertThat(ProgramThreads.endedUnreaped('S')).as("sleeping: waiting for input").isFalse(),
                () -> assertThat(ProgramThreads.endedUnreaped('T')).as("stopped by the test").isFalse(),
                () -> assertThat(ProgramThreads.endedUnreaped('R')).isFalse());
    }

    @Test
    void countsARealZombieAsEndingNotWaiting() throws IOException, InterruptedException {
        // a child that exits at once under a parent that never reaps it: "sleep 5" after exec keeps its zombie
        Process parent = new ProcessBuilder("sh", "-c", "true & exec sleep 5").start();
        try {
            ProcessHandle child = null;
            for (int tries = 0; tries < 500 && child == null; tries++) {
                child = parent.toHandle().children().filter(c -> ProgramThreads.endedUnreaped(
                        ProgramThreads.state(Path.of("/proc", String.valueOf(c.pid()))))).findFirst().orElse(null);
                if (child == null) {
                    parent.waitFor(10, TimeUnit.MILLISECONDS);
                }
            }
            assertThat(child).as("the zombie child of sh's exec'd sleep").isNotNull();
            assertThat(ProgramThreads.allWaiting(child)).as("a process that has exited but is not reaped").isFalse();
        } finally {
            parent.destroyForcibly().waitFor();
        }
    }

    @Test
    void seesThisRunningJvmAsNotWaiting() {
        assertThat(ProgramThreads.allWaiting(ProcessHandle.current())).as("this JVM, whose test thread runs").isFalse();
    }
}
