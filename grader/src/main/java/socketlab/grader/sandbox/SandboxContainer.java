package socketlab.grader.sandbox;

import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import java.time.Duration;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;
import org.testcontainers.utility.DockerImageName;

/**
 * One sandbox container, as every submission gets it: no network but its own loopback, a read-only root file
 * system, the limits, the capabilities the grader inside needs and no more, no new privileges, and writable
 * only in memory: {@code /work} (the grader's), {@code /scratch} (the programs', as large as the disk limit) and
 * {@code /tmp}. It runs one command to its end; the binds are set on the container itself, since Testcontainers'
 * own binds first run a check that pulls an image.
 */
public final class SandboxContainer {

    /**
     * Whether the engine's kernel has IPv6 at all (a kernel booted without it has no such setting to turn on): read
     * here on Linux; elsewhere the engine runs in a Linux VM of its own, which has.
     */
    private static final boolean HOST_HAS_IPV6 = !Files.isDirectory(Path.of("/proc/sys/net"))
            || Files.isDirectory(Path.of("/proc/sys/net/ipv6"));

    private SandboxContainer() {
    }

    /**
     * How long one sandbox container takes to be created, started, run a program that does nothing ({@code kill
     * -l}) and be removed: what container mode adds to each submission, besides the grader's own start inside.
     */
    public static java.time.Duration emptyRun(String image) {
        long start = System.nanoTime();
        try (GenericContainer<?> box = create(image, Limits.DEFAULT, List.of(), List.of("/bin/kill", "-l"), Duration.ofMinutes(1),
                new StringBuffer())) {
            box.start();
        }
        return java.time.Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * A container of {@code image} that runs {@code command} once, within {@code limit}, what it prints going to
     * {@code said}; its loopback has IPv6 ({@code ::1}) as well, which Docker leaves off unless asked.
     */
    static GenericContainer<?> create(String image, Limits limits, List<Bind> binds, List<String> command, Duration limit,
            StringBuffer said) {
        return create(image, limits, binds, command, limit, said, true);
    }

    /** The same, with or without IPv6 on its loopback. */
    static GenericContainer<?> create(String image, Limits limits, List<Bind> binds, List<String> command, Duration limit,
            StringBuffer said, boolean ipv6Loopback) {
        String ipv6Off = ipv6Loopback ? "0" : "1";
        Map<String, String> sysctls = HOST_HAS_IPV6
                ? Map.of("net.ipv6.conf.all.disable_ipv6", ipv6Off, "net.ipv6.conf.lo.disable_ipv6", ipv6Off) : Map.of();
        long memory = limits.memoryMiB() * 1024L * 1024L;
        GenericContainer<?> box = new GenericContainer<>(DockerImageName.parse(image));
        box.withLogConsumer(frame -> said.append(frame.getUtf8String()))
                .withCommand(command.toArray(String[]::new))
                .withTmpFs(Map.of("/work", "rw,exec,size=256m,mode=755", "/scratch", "rw,size=" + limits.diskMiB() + "m,mode=1777",
                        "/tmp", "rw,size=64m,mode=1777"))
                .withCreateContainerCmdModifier(create -> create.getHostConfig().withBinds(binds).withNetworkMode("none")
                        .withReadonlyRootfs(true).withMemory(memory).withMemorySwap(memory)
                        .withNanoCPUs((long) (limits.cpus() * 1e9)).withPidsLimit(4L * limits.processes())
                        .withCapDrop(Capability.ALL)
                        .withCapAdd(Capability.CHOWN, Capability.DAC_OVERRIDE, Capability.FOWNER, Capability.SETUID,
                                Capability.SETGID, Capability.KILL, Capability.SYS_PTRACE)
                        .withSecurityOpts(List.of("no-new-privileges"))
                        .withSysctls(sysctls))
                .withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(limit))
                .waitingFor(new AbstractWaitStrategy() {
                    @Override
                    protected void waitUntilReady() {
                        // a one-shot container: started is ended
                    }
                });
        return box;
    }
}
