package socketlab.grader.launch;

import java.util.List;

/**
 * Where programs and the grader meet on the network, as a launcher arranges it: the addresses a program
 * may bind that the grader can reach (at least two), and the grader's own address as programs see it.
 */
public record Addresses(List<String> programHosts, String graderHost) {

    public Addresses {
        programHosts = List.copyOf(programHosts);
        if (programHosts.size() < 2) {
            throw new IllegalArgumentException("a launcher must offer at least two program addresses");
        }
    }

    /** Loopback: programs bind 127.0.0.1 or 127.0.0.2, and the grader listens on 127.0.0.1. */
    public static Addresses loopback() {
        return new Addresses(List.of("127.0.0.1", "127.0.0.2"), "127.0.0.1");
    }

    /** The address a program binds by default, and tests connect to. */
    public String programHost() {
        return programHosts.get(0);
    }
}
