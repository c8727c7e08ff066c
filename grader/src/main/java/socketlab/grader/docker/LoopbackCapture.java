package socketlab.grader.docker;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * tcpdump on a loopback of its own: a container with no network but its loopback (with IPv6 unless asked not to),
 * which a sandbox then joins ({@link HardenedContainer#inNetworkOf}), so that everything the sandbox's programs and tests
 * send each other is written to one pcap file. Only this container holds {@code NET_RAW}; the sandbox never does.
 */
public final class LoopbackCapture implements AutoCloseable {
    /** The most packets kept, and the bytes kept of each: a flood fills the file no further. */
    private static final String PACKETS = "50000";
    private static final String SNAP_LENGTH = "1024";
    private static final String FILE = "traffic.pcap";
    private static final Duration READY = Duration.ofSeconds(30);

    private final ContainerProgram tcpdump;
    private final Path folder;

    private LoopbackCapture(ContainerProgram tcpdump, Path folder) {
        this.tcpdump = tcpdump;
        this.folder = folder;
    }

    /**
     * Starts capturing into {@code folder} (this machine's, writable by anyone), and returns once tcpdump listens; empty
     * where the image has no tcpdump, the engine could not start it, or it did not say it listens in time (the sandbox then
     * runs on a loopback of its own).
     */
    public static Optional<LoopbackCapture> start(String image, Path folder, boolean ipv6) {
        if (!SandboxImage.capturing()) {
            return Optional.empty();
        }
        ContainerProgram tcpdump;
        try {
            tcpdump = ContainerProgram.startCapture(image, box -> box.withLoopbackOnly(ipv6), folder,
                    List.of(SandboxImage.TCPDUMP, "-i", "lo", "-p", "-nn", "-U", "--immediate-mode", "-s", SNAP_LENGTH, "-c", PACKETS,
                            "-w", ContainerProgram.CAPTURE_FOLDER + "/" + FILE));
        } catch (RuntimeException engine) {
            // a capture is feedback: without one, the sandbox grades on a loopback of its own as before
            return Optional.empty();
        }
        LoopbackCapture capture = new LoopbackCapture(tcpdump, folder);
        if (tcpdump.awaitLine(line -> line.startsWith("tcpdump: listening on"), READY).isEmpty()) {
            capture.close();
            return Optional.empty();
        }
        return Optional.of(capture);
    }

    /** The container whose network namespace a sandbox joins. */
    public String containerId() {
        return tcpdump.containerId();
    }

    /** Stops tcpdump (SIGTERM: it closes the file whole) and returns the file, if there is one. */
    public Optional<Path> stop() {
        try {
            tcpdump.terminate();
        } catch (RuntimeException alreadyEnded) {
            // it stopped by itself, its packets counted out: the file is whole
        }
        tcpdump.awaitExit(READY);
        Path file = folder.resolve(FILE);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public void close() {
        tcpdump.close();
    }
}
