package socketlab.grader.docker;

import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ContainerNetwork;
import com.github.dockerjava.api.model.Volume;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.output.OutputFrame;
import socketlab.grader.launch.Limits;
import socketlab.grader.launch.Lines;
import socketlab.grader.launch.RunningProgram;

/**
 * A program running in a container of its own on a {@link ProjectNetwork}: a {@link HardenedContainer} with the
 * limits of one program ({@link Limits#ONE_PROGRAM}), no capabilities, a small {@code /tmp}, as the image's
 * unprivileged user.
 * Its lines are read as the container prints them; every wait is bounded.
 */
final class ContainerProgram implements RunningProgram {
    /** Where a capture's container writes its file. */
    static final String CAPTURE_FOLDER = "/capture";
    /** What is kept of each stream, as for a program on this machine. */
    private static final long KEPT_BYTES = Limits.ONE_PROGRAM.outputKiB() * 1024L;

    private final HardenedContainer container;
    private final Stream stdout = new Stream();
    private final Stream stderr;

    private ContainerProgram(HardenedContainer container, boolean oneStream) {
        this.container = container;
        this.stderr = oneStream ? stdout : new Stream();
    }

    /** Creates and starts the container; returns once the engine says it started (the program may still be starting). */
    static ContainerProgram start(String image, Network network, String alias, Map<Path, String> mounts, List<String> command) {
        HardenedContainer box = programBox(image, mounts, command);
        box.withNetwork(network).withNetworkAliases(alias).withCreateContainerCmdModifier(create -> create.withHostName(alias));
        return launch(box, false);
    }

    /** As {@link #start}, but in the network namespace of {@code host}: the same addresses, the same interfaces. */
    static ContainerProgram startBeside(String image, ContainerProgram host, Map<Path, String> mounts, List<String> command) {
        HardenedContainer box = programBox(image, mounts, command);
        box.inNetworkOf(host.containerId());
        return launch(box, false);
    }

    /**
     * Starts tcpdump, writing into {@code folder} (this machine's, writable by anyone), in a container that {@code place}
     * puts on its network: it holds {@code NET_RAW} to open its capture, and {@code SETUID}, {@code SETGID} and
     * {@code CHOWN} to give up root for its own user once it has; nothing else runs in this container. tcpdump says it
     * listens on stderr and prints each packet on stdout: both are read as one stream, in the order printed.
     */
    static ContainerProgram startCapture(String image, Consumer<HardenedContainer> place, Path folder, List<String> command) {
        HardenedContainer box = new HardenedContainer(image, Limits.ONE_PROGRAM, Limits.ONE_PROGRAM.processes(), command);
        place.accept(box);
        box.withBinds(List.of(new Bind(folder.toAbsolutePath().toString(), new Volume(CAPTURE_FOLDER), AccessMode.rw)))
                .withCapabilities(Capability.NET_RAW, Capability.SETUID, Capability.SETGID, Capability.CHOWN)
                .startedAtOnce();
        return launch(box, true);
    }

    /** The container's id at the engine. */
    String containerId() {
        return container.getContainerId();
    }

    private static HardenedContainer programBox(String image, Map<Path, String> mounts, List<String> command) {
        List<Bind> binds = new ArrayList<>();
        mounts.forEach((folder, inside) -> binds.add(new Bind(folder.toAbsolutePath().toString(), new Volume(inside), AccessMode.ro)));
        HardenedContainer box = new HardenedContainer(image, Limits.ONE_PROGRAM, Limits.ONE_PROGRAM.processes(), command);
        return box.withTmpFs(Map.of("/tmp", "rw,size=" + Limits.ONE_PROGRAM.diskMiB() + "m,mode=1777"))
                .withBinds(binds)
                .asUser(SandboxImage.STUDENT_UID)
                .startedAtOnce();
    }

    private static ContainerProgram launch(HardenedContainer box, boolean oneStream) {
        ContainerProgram program = new ContainerProgram(box, oneStream);
        box.withLogConsumer(program::take);
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
        private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
        private long kept;

        synchronized void add(byte[] bytes) {
            for (int i = 0; bytes != null && i < bytes.length && kept < KEPT_BYTES; i++, kept++) {
                if (bytes[i] == '\n') {
                    lines.add(partial.toString(StandardCharsets.UTF_8));
                    partial.reset();
                } else {
                    partial.write(bytes[i]);
                }
            }
        }

        synchronized void end() {
            if (partial.size() > 0) {
                lines.add(partial.toString(StandardCharsets.UTF_8));
                partial.reset();
            }
            lines.end();
        }
    }
}
