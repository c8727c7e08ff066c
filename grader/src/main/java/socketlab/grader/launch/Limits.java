package socketlab.grader.launch;

import java.util.ArrayList;
import java.util.List;

/**
 * What one submission's sandbox may use: memory (the container's, grader and programs together), CPUs,
 * processes (the student's user's, and the container's), disk (the programs' only writable folder) and output
 * (what the grader keeps of each stream of each program).
 */
public record Limits(int memoryMiB, double cpus, int processes, int diskMiB, int outputKiB) {
    /** Memory of one submission's container by default, in MiB: room for the grader and eight programs at once. */
    public static final int MEMORY_MIB = 1536;
    /** CPUs of one submission's container by default. */
    public static final double CPUS = 1.0;
    /** Processes and threads the student's programs may have at once, by default. */
    public static final int PROCESSES = 256;
    /** Disk the student's programs may write, by default, in MiB. */
    public static final int DISK_MIB = 64;
    /** What the grader keeps of each stream a program prints, by default, in KiB. */
    public static final int OUTPUT_KIB = 1024;
    /** The system property that sets, for a grader's JVM, how much of each stream of a program is kept, in KiB. */
    public static final String OUTPUT_LIMIT_PROPERTY = "socketlab.output.limit.kib";

    /** The defaults: room for the grader and eight programs at once, and far less than a machine. */
    public static final Limits DEFAULT = new Limits(MEMORY_MIB, CPUS, PROCESSES, DISK_MIB, OUTPUT_KIB);
    /** What one program on a host of its own (a container of its own on a project network) may use. */
    public static final Limits ONE_PROGRAM = new Limits(256, 1.0, 128, 16, OUTPUT_KIB);

    /**
     * The command that starts a program inside the sandbox as the user {@code uid}, one of the submission's own:
     * the first the kernel kills when the container runs out of memory (never the grader), at most
     * {@link #processes} processes and threads for that user (counted per user, so each submission needs a user
     * of its own), then that user, with no way back to more rights.
     */
    public List<String> runAs(int uid) {
        return limitedThen(List.of("/usr/bin/setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--no-new-privs", "--"));
    }

    /**
     * The command that starts a program as {@code user}, an unprivileged user of this machine (a grading platform's,
     * such as Gradescope's {@code student}), through {@code runuser}: as {@link #runAs(int)}, limited first; root only.
     */
    public List<String> runAsUser(String user) {
        return limitedThen(List.of("/usr/sbin/runuser", "-u", user, "--"));
    }

    private List<String> limitedThen(List<String> switchUser) {
        List<String> command = new ArrayList<>(List.of("/usr/bin/choom", "-n", "1000", "--", "/usr/bin/prlimit",
                "--nproc=" + processes + ":" + processes, "--"));
        command.addAll(switchUser);
        return List.copyOf(command);
    }
}
