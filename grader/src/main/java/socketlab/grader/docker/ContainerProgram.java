package socketlab.grader.docker;

import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.Volume;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.containers.startupcheck.StartupCheckStrategy;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;
import org.testcontainers.utility.DockerImageName;
import socketlab.grader.launch.Lines;
import socketlab.grader.launch.RunningProgram;

/**
 * A program running in a container of its own on a {@link ProjectNetwork}: as the image's unprivileged user,
 * on a read-only root file system with a small {@code /tmp}, no capabilities, no new privileges, small limits.
 * Its lines are read as the container prints them; every wait is bounded.
 */
final class ContainerProgram implements RunningProgram {
    private static final long MEMORY = 256L * 1024 * 1024;
    /** What is kept of each stream, as for a program on this machine. */
    private static final long KEPT_BYTES = 1024L * 1024;

    private final GenericContainer<?> container;
    private final Stream stdout = new Stream();
    private final Stream stderr = new Stream();

    private ContainerProgram(GenericContainer<?> container) {
        this.container = container;
    }

    /** Creates and starts the container; returns once the engine says it started (the program may still be starting). */
    static ContainerProgram start(String image, Network network, String alias, Map<Path, String> mounts, List<String> command) {
        List<Bind> binds = new ArrayList<>();
        mounts.forEach((folder, inside) -> binds.add(new Bind(folder.toAbsolutePath().toString(), new Volume(inside), AccessMode.ro)));
        GenericContainer<?> box = new GenericContainer<>(DockerImageName.parse(image));
        ContainerProgram program = new ContainerProgram(box);
        box.withNetwork(network).withNetworkAliases(alias)
                .withCommand(command.toArray(String[]::new))
                .withLogConsumer(program::take)
                .withTmpFs(Map.of("/tmp", "rw,size=16m,mode=1777"))
                .withCreateContainerCmdModifier(create -> create.withUser(String.valueOf(SandboxImage.STUDENT_UID))
                        .withHostName(alias)
                        .getHostConfig().withBinds(binds).withReadonlyRootfs(true).withMemory(MEMORY).withMemorySwap(MEMORY)
                        .withNanoCPUs(1_000_000_000L).withPidsLimit(128L).withCapDrop(Capability.ALL)
                        .withSecurityOpts(List.of("no-new-privileges")))
                .withStartupCheckStrategy(new StartupCheckStrategy() {
                    @Override
                    public StartupStatus checkStartupState(com.github.dockerjava.api.DockerClient client, String id) {
                        return StartupStatus.SUCCESSFUL;
                    }
                })
                .waitingFor(new AbstractWaitStrategy() {
                    @Override
                    protected void waitUntilReady() {
                        // the tests wait for the program's own lines
                    }
                });
        box.start();
        return program;
    }

    private void take(OutputFrame frame) {
        if (frame.getType() == OutputFrame.OutputType.STDERR) {
            stderr.add(frame.getBytes());
        } else if (frame.getType() == OutputFrame.OutputType.STDOUT) {
            stdout.add(frame.getBytes());
        } else {
            stdout.end();
            stderr.end();
        }
    }

    @Override
    public Optional<String> awaitLine(Predicate<String> wanted, Duration limit) {
        return stdout.lines.await(wanted, limit);
    }

    @Override
    public Optional<Integer> awaitExit(Duration limit) {
        try {
            int code = DockerClientFactory.instance().client().waitContainerCmd(container.getContainerId())
                    .exec(new WaitContainerResultCallback()).awaitStatusCode(limit.toMillis(), TimeUnit.MILLISECONDS);
            stdout.lines.awaitEnd(Duration.ofSeconds(1));
            stderr.lines.awaitEnd(Duration.ofSeconds(1));
            return Optional.of(code);
        } catch (DockerClientException stillRunning) {
            return Optional.empty();
        }
    }

    @Override
    public void terminate() {
        DockerClientFactory.instance().client().killContainerCmd(container.getContainerId()).withSignal("TERM").exec();
    }

    @Override
    public List<String> stdout() {
        return stdout.lines.lines();
    }

    @Override
    public List<String> stderr() {
        return stderr.lines.lines();
    }

    @Override
    public Optional<String> networkAddress() {
        Map<String, ContainerNetwork> networks = container.getContainerInfo().getNetworkSettings().getNetworks();
        return networks.values().stream().map(ContainerNetwork::getIpAddress).filter(ip -> ip != null && !ip.isEmpty()).findFirst();
    }

    @Override
    public void close() {
        try {
            container.stop();
        } catch (RuntimeException alreadyGone) {
            // removed with its network
        }
    }

    /** One stream's lines, cut from the container's log frames, up to {@link #KEPT_BYTES}. */
    private static final class Stream {
        private final Lines lines = new Lines();
        private final java.io.ByteArrayOutputStream partial = new java.io.ByteArrayOutputStream();
        private long kept;

        synchronized void add(byte[] bytes) {
            for (int i = 0; bytes != null && i < bytes.length && kept < KEPT_BYTES; i++, kept++) {
                if (bytes[i] == '\n') {
                    lines.add(partial.toString(java.nio.charset.StandardCharsets.UTF_8));
                    partial.reset();
                } else {
                    partial.write(bytes[i]);
                }
            }
        }

        synchronized void end() {
            if (partial.size() > 0) {
                lines.add(partial.toString(java.nio.charset.StandardCharsets.UTF_8));
                partial.reset();
            }
            lines.end();
        }
    }
}
