package socketlab.grader.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import socketlab.grader.launch.Program;

/**
 * Times one start of a program as a benchmark sees it: wall time from the start to its first line, and CPU time
 * to that line and for the whole process (so one process runs at a time). The yardstick itself is
 * {@link BareJvm}, a bare JVM that binds a port and exits.
 */
final class Yardstick {
    private Yardstick() {
    }

    /** One start: milliseconds to the first line, CPU milliseconds to the first line and of the whole process. */
    record Start(long wallMillis, long cpuToFirstLineMillis, long cpuMillis) {
    }

    /** The bare JVM, started by this JDK's {@code java} with these JVM options. */
    static Program bareJvm(List<String> jvmOptions) {
        return Program.java(BareJvm.class.getName(), List.of(testClasses()), jvmOptions);
    }

    /** The bare JVM, started by this {@code java} command with these JVM options. */
    static Program bareJvm(Path java, List<String> jvmOptions) {
        return Program.java(java, BareJvm.class.getName(), List.of(testClasses()), jvmOptions);
    }

    /**
     * Starts the program once in {@code folder}, reads its first line, then lets it end by itself for up to two
     * seconds before ending it (a server waits for clients). The CPU time to the first line is the process's own
     * ({@code /proc/<pid>/stat}, read the moment the line arrives); that of the whole process is this JVM's
     * reaped children's.
     */
    static Start time(Path folder, Program program, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(program.command());
        command.addAll(args);
        CpuClock before = CpuClock.now();
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            long wall = (System.nanoTime() - start) / 1_000_000;
            long cpuToFirstLine = cpuMillisOf(process.pid());
            if (first == null) {
                throw new IllegalStateException(program.name() + " printed nothing");
            }
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
            return new Start(wall, cpuToFirstLine, CpuClock.now().since(before).programs().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            process.destroyForcibly();
        }
    }

    /** A running process's user and system CPU time so far, from {@code /proc/<pid>/stat} (fields 14 and 15). */
    private static long cpuMillisOf(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / CpuClock.TICKS_PER_SECOND;
    }

    /** The median of these numbers. */
    static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static Path testClasses() {
        try {
            return Path.of(BareJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
