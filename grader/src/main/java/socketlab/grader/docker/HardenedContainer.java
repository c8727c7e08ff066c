package socketlab.grader.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.containers.startupcheck.StartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;
import org.testcontainers.utility.DockerImageName;
import socketlab.grader.launch.Limits;

/**
 * A container of the grader's, hardened as every one of them is, whatever it runs (a sandboxed grader, or one
 * program on a host of its own): a read-only root file system, memory (no swap), CPU and process limits, no
 * capabilities but those it is given, no new privileges, and writable only in the memory folders it is given.
 * The binds are set on the container itself, since Testcontainers' own binds first run a check that pulls an
 * image. Nothing waits for a port: the image has no shell to check one, and the grader reads the program's own
 * lines instead.
 */
public final class HardenedContainer extends GenericContainer<HardenedContainer> {

    /**
     * Whether the engine's kernel has IPv6 at all (a kernel booted without it has no such setting to turn on): read
     * here on Linux; elsewhere the engine runs in a Linux VM of its own, which has.
     */
    private static final boolean HOST_HAS_IPV6 = !Files.isDirectory(Path.of("/proc/sys/net"))
            || Files.isDirectory(Path.of("/proc/sys/net/ipv6"));

    /**
     * A container of {@code image} within {@code limits} (memory, CPUs), with at most {@code processes} processes
     * and threads in all, that runs {@code command}.
     */
    public HardenedContainer(String image, Limits limits, long processes, List<String> command) {
        super(DockerImageName.parse(image));
        long memory = limits.memoryMiB() * 1024L * 1024L;
        withCommand(command.toArray(String[]::new));
        withCreateContainerCmdModifier(create -> create.getHostConfig().withReadonlyRootfs(true)
                .withMemory(memory).withMemorySwap(memory).withNanoCPUs((long) (limits.cpus() * 1e9)).withPidsLimit(processes)
                .withCapDrop(Capability.ALL).withSecurityOpts(List.of("no-new-privileges")));
        waitingFor(new AbstractWaitStrategy() {
            @Override
            protected void waitUntilReady() {
                // started is enough: the grader waits for the program's own lines, or for its end
            }
        });
    }

    /** Gives back these capabilities only (the grader inside a sandbox needs a few to start programs as another user). */
    public HardenedContainer withCapabilities(Capability... needed) {
        return withCreateContainerCmdModifier(create -> create.getHostConfig().withCapAdd(needed));
    }

    /** Mounts these folders of this machine (read-only or not, as each bind says). */
    public HardenedContainer withBinds(List<Bind> binds) {
        return withCreateContainerCmdModifier(create -> create.getHostConfig().withBinds(binds));
    }

    /** No network but the container's own loopback, which has IPv6 ({@code ::1}) too unless {@code ipv6} is false. */
    public HardenedContainer withLoopbackOnly(boolean ipv6) {
        String off = ipv6 ? "0" : "1";
        Map<String, String> sysctls = HOST_HAS_IPV6
                ? Map.of("net.ipv6.conf.all.disable_ipv6", off, "net.ipv6.conf.lo.disable_ipv6", off) : Map.of();
        return withCreateContainerCmdModifier(create -> create.getHostConfig().withNetworkMode("none").withSysctls(sysctls));
    }

    /** Joins the network namespace of the container {@code id}: its interfaces, its loopback, nothing else. */
    public HardenedContainer inNetworkOf(String id) {
        return withCreateContainerCmdModifier(create -> create.getHostConfig().withNetworkMode("container:" + id));
    }

    /** Runs as this user of the image. */
    public HardenedContainer asUser(int uid) {
        return withCreateContainerCmdModifier(create -> create.withUser(String.valueOf(uid)));
    }

    /** Runs its command to its end when started, within {@code limit}: started is ended. */
    public HardenedContainer oneShot(Duration limit) {
        return withStartupCheckStrategy(new OneShotStartupCheckStrategy().withTimeout(limit));
    }

    /** Counts as started as soon as the engine has started it: the program may still be starting. */
    public HardenedContainer startedAtOnce() {
        return withStartupCheckStrategy(new StartupCheckStrategy() {
            @Override
            public StartupStatus checkStartupState(DockerClient client, String id) {
                return StartupStatus.SUCCESSFUL;
            }
        });
    }
}
