package socketlab.grader.docker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.testcontainers.containers.Network;
import socketlab.grader.launch.Launcher;
import socketlab.grader.launch.Program;
import socketlab.grader.launch.RunningProgram;

/**
 * A Docker network of the project's own, internal (no gateway: nothing on it reaches outside), and the
 * programs started on it, each in a container of its own from the sandbox image with a network alias: hosts
 * apart from the grader's, for tests about other hosts. {@link #close()} removes the containers, then the
 * network.
 */
public final class ProjectNetwork implements AutoCloseable {
    private final String image;
    private final Network network;
    private final List<ContainerProgram> started = new ArrayList<>();
    /** The hosts whose network namespace a capture made: a program started on one of them joins it. */
    private final Map<String, ContainerProgram> captured = new HashMap<>();

    /** A new internal network; nothing is created at the engine until the first program starts. */
    public ProjectNetwork(String image) {
        this.image = image;
        this.network = Network.builder().createNetworkCmdModifier(create -> create.withInternal(true)
                .withName("socketlab-" + UUID.randomUUID().toString().substring(0, 12))
                .withLabels(Map.of("socketlab", "other-hosts"))).build();
    }

    /**
     * Starts capturing on the host {@code alias}, before anything runs there: tcpdump, in a container of its own that
     * makes the host's network namespace (programs started later on {@code alias} join it), writes what the host's
     * interface sees into {@code file} (in a folder of this machine anyone may write). {@code filter} is tcpdump's.
     */
    public RunningProgram capture(String alias, Path file, String filter) {
        List<String> command = List.of(SandboxImage.TCPDUMP, "-i", "eth0", "-p", "-nn", "-e", "-tt", "-S", "-l", "-U", "--immediate-mode",
                "-w", ContainerProgram.CAPTURE_FOLDER + "/" + file.getFileName(), "--print", filter);
        ContainerProgram capture = ContainerProgram.startCapture(image, box -> box.withNetwork(network).withNetworkAliases(alias)
                .withCreateContainerCmdModifier(create -> create.withHostName(alias)), file.getParent(), command);
        synchronized (started) {
            started.add(capture);
            captured.put(alias, capture);
        }
        return capture;
    }

    /**
     * How to start programs on this network as the host {@code alias}, with {@code mounts} (a folder of this
     * machine to the path the program's command names, read-only). The program's command must name paths inside
     * the container: {@link SandboxImage#PROGRAM_JAVA} and the mounts'.
     */
    public Launcher host(String alias, Map<Path, String> mounts) {
        return new Launcher() {
            @Override
            public RunningProgram start(Program program, List<String> args) throws IOException {
                List<String> command = new ArrayList<>(program.command());
                command.addAll(args);
                ContainerProgram namespace;
                synchronized (started) {
                    namespace = captured.get(alias);
                }
                ContainerProgram running = namespace != null ? ContainerProgram.startBeside(image, namespace, mounts, command)
                        : ContainerProgram.start(image, network, alias, mounts, command);
                synchronized (started) {
                    started.add(running);
                }
                return running;
            }
        };
    }

    @Override
    public void close() {
        List<ContainerProgram> all;
        synchronized (started) {
            all = List.copyOf(started);
        }
        // the last started first: a capture's container outlives the programs that joined its network namespace
        for (int i = all.size() - 1; i >= 0; i--) {
            all.get(i).close();
        }
        network.close();
    }
}
