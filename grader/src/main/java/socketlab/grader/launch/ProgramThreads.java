package socketlab.grader.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The state of a program's threads, read from Linux's {@code /proc/<pid>/task/<tid>/stat}: whether each of them
 * sleeps (waiting for input, a connection, a lock or time), is stopped, or runs. Where {@code /proc} cannot be
 * read, nothing is known, and the program counts as waiting.
 */
final class ProgramThreads {

    private ProgramThreads() {
    }

    /**
     * Whether no thread of the process or of its descendants is running, ready to run, or in an uninterruptible wait,
     * and the process itself has not ended unseen: a process that has exited but that the JVM has not yet reaped (a
     * zombie, which a busy machine keeps longer) is on its way to its end, not waiting.
     */
    static boolean allWaiting(ProcessHandle process) {
        if (endedUnreaped(state(Path.of("/proc", String.valueOf(process.pid()))))) {
            return false;
        }
        List<ProcessHandle> all = Stream.concat(Stream.of(process), process.descendants()).toList();
        for (ProcessHandle one : all) {
            Path tasks = Path.of("/proc", String.valueOf(one.pid()), "task");
            try (Stream<Path> threads = Files.list(tasks)) {
                if (threads.map(ProgramThreads::state).anyMatch(state -> state == 'R' || state == 'D')) {
                    return false;
                }
            } catch (IOException | RuntimeException gone) {
                // the process ended meanwhile, or /proc cannot be read: nothing of it runs that we can see
            }
        }
        return true;
    }

    /** Whether a process's state letter says it has exited but is not yet reaped (Z) or is being reaped (X). */
    static boolean endedUnreaped(char state) {
        return state == 'Z' || state == 'X';
    }

    /**
     * A task's (a process's or a thread's) state letter: the field after the command name (which is in parentheses
     * and may hold anything); 'X' when it is gone.
     */
    static char state(Path task) {
        try {
            String stat = Files.readString(task.resolve("stat"));
            int end = stat.lastIndexOf(')');
            return end >= 0 && end + 2 < stat.length() ? stat.charAt(end + 2) : 'S';
        } catch (IOException gone) {
            return 'X';
        }
    }
}
