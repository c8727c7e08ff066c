package socketlab.grader.sandbox;

import java.util.List;

/**
 * What one submission's sandbox may use: memory (the container's, grader and programs together), CPUs,
 * processes (the student's user's, and the container's), disk (the programs' only writable folder) and output
 * (what the grader keeps of each stream of each program).
 */
public record Limits(int memoryMiB, double cpus, int processes, int diskMiB, int outputKiB) {
    /** The defaults: room for the grader and eight programs at once, and far less than a machine. */
    public static final Limits DEFAULT = new Limits(1536, 1.0, 256, 64, 1024);

    /**
     * The command that starts a program inside the sandbox as the user {@code uid}, one of the submission's own:
     * the first the kernel kills when the container runs out of memory (never the grader), at most
     * {@link #processes} processes and threads for that user (counted per user, so each submission needs a user
     * of its own), then that user, with no way back to more rights.
     */
    public List<String> runAs(int uid) {
        return List.of("/usr/bin/choom", "-n", "1000", "--", "/usr/bin/prlimit", "--nproc=" + processes + ":" + processes, "--",
                "/usr/bin/setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--no-new-privs", "--");
    }
}
