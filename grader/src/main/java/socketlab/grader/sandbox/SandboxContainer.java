package socketlab.grader.sandbox;

import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import socketlab.grader.docker.HardenedContainer;
import socketlab.grader.launch.Limits;

/**
 * One sandbox container, as every submission gets it: a {@link HardenedContainer} with no network but its own
 * loopback, the submission's limits (its processes four times over, for the grader and the programs' JVMs), the
 * capabilities the grader inside needs and no more, and writable only in memory: {@code /work} (the grader's),
 * {@code /scratch} (the programs', as large as the disk limit) and {@code /tmp}. It runs one command to its end.
 */
public final class SandboxContainer {
    /** The capabilities the grader inside needs: to start the programs as the student's user, read their sockets, kill them. */
    private static final Capability[] GRADERS = {Capability.CHOWN, Capability.DAC_OVERRIDE, Capability.FOWNER, Capability.SETUID,
        Capability.SETGID, Capability.KILL, Capability.SYS_PTRACE};

    private SandboxContainer() {
    }

    /**
     * How long one sandbox container takes to be created, started, run a program that does nothing ({@code kill
     * -l}) and be removed: what container mode adds to each submission, besides the grader's own start inside.
     */
    public static Duration emptyRun(String image) {
        long start = System.nanoTime();
        try (HardenedContainer box = create(image, Limits.DEFAULT, List.of(), List.of("/bin/kill", "-l"), Duration.ofMinutes(1),
                new StringBuffer(), true, Optional.empty())) {
            box.start();
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * A container of {@code image} that runs {@code command} once, within {@code limit}, what it prints going to
     * {@code said}; its loopback has IPv6 ({@code ::1}) unless {@code ipv6Loopback} is false (Docker leaves it off
     * unless asked). With {@code capture}, the container joins that capture's network namespace (a loopback alone, made
     * as {@code ipv6Loopback} says) instead of making its own.
     */
    static HardenedContainer create(String image, Limits limits, List<Bind> binds, List<String> command, Duration limit,
            StringBuffer said, boolean ipv6Loopback, Optional<String> capture) {
        HardenedContainer box = new HardenedContainer(image, limits, 4L * limits.processes(), command).withCapabilities(GRADERS);
        return (capture.isPresent() ? box.inNetworkOf(capture.get()) : box.withLoopbackOnly(ipv6Loopback))
                .withBinds(binds)
                .withTmpFs(Map.of("/work", "rw,exec,size=256m,mode=755", "/scratch", "rw,size=" + limits.diskMiB() + "m,mode=1777",
                        "/tmp", "rw,size=64m,mode=1777"))
                .withLogConsumer(frame -> said.append(frame.getUtf8String()))
                .oneShot(limit);
    }
}
