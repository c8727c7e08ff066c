package socketlab.grader.sandbox;

import java.util.List;

/**
 * What one submission's sandbox may use: memory (the container's, grader and programs together), CPUs,
 * processes (the student's user's, and the container's), and disk (the programs' only writable folder).
 */
public record Limits(int memoryMiB, double cpus, int processes, int diskMiB) {
    /** The defaults: room for the grader and eight programs at once, and far less than a machine. */
    public static final Limits DEFAULT = new Limits(1024, 1.0, 256, 64);

    /**
     * The command that starts a program inside the sandbox: at most {@link #processes} processes and threads for
     * the student's user, then that user, with no way back to more rights.
     */
    public List<String> runAs() {
        return List.of("/usr/bin/prlimit", "--nproc=" + processes + ":" + processes, "--",
                "/usr/bin/setpriv", "--reuid=" + SandboxImage.STUDENT_UID, "--regid=" + SandboxImage.STUDENT_UID, "--clear-groups",
                "--no-new-privs", "--");
    }
}
