package socketlab.grader.course;

import java.util.Arrays;
import java.util.Optional;

/**
 * The course's exercises, listed once, in the course's order: everything else (grading, the handouts and
 * their transcripts, the student kit, the stub sync, the reports) derives from this list. Each exercise has
 * one name, its {@link #module()}, used for its folders in {@code exercises/}, {@code solutions/}, the
 * corpus and {@code handouts/}, and, without the hyphen, for its Java packages ({@code socketlab.<id>} for
 * the program, {@code socketlab.grader.hidden.<id>} for its hidden tests); and one program, named as in the
 * seed, which names its classes (stub, solution, self-check, hidden tests, scenes).
 */
public enum Exercise {
    SERVER("server", "ServerKu", Demo.server(1)),
    LOOPING_SERVER("looping-server", "ServerKu2", Demo.server(2, "--max-clients", "2")),
    CLIENT("client", "ClientKu", Demo.client()),
    ADDRESS_DETAIL("address-detail", "DetailSocket", Demo.alone("localhost", "http")),
    OTHER_ADDRESSES("other-addresses", "AlamatLain", Demo.alone("--port", "0", "--server", "127.0.0.1", "--server", "0.0.0.0",
            "--server", "127.0.0.2", "--to", "127.0.0.1", "--to", "127.0.0.2", "--to", "127.0.0.3", "--from", "127.0.0.5")
            .and("wildcard", "--port", "0", "--server", "0.0.0.0", "--to", "127.0.0.1", "--to", "127.0.0.2", "--to", "127.0.0.3",
                    "--from", "127.0.0.5", "--from", "127.0.0.6")
            .and("ipv6", "--port", "0", "--server", "::", "--to", "::1", "--to", "127.0.0.1", "--to", "::ffff:127.0.0.2")
            .and("not-local", "--port", "0", "--server", "192.168.0.1", "--server", "127.0.0.1", "--to", "127.0.0.1",
                    "--from", "192.168.0.1")),
    UDP_SERVER("udp-server", "ServerUdpKu", Demo.server(1, "--max-datagrams", "3")),
    UDP_PING("udp-ping", "PingKu", Demo.clientOf("udp-server", "--count", "3")),
    FRAMED_SERVER("framed-server", "ServerPesanKu", Demo.server(1, "--max-clients", "1").visitedBy("ClientPesanKu.java")),
    CONCURRENT_SERVER("concurrent-server", "ServerKu3", Demo.server(2, "--max-clients", "2")),
    PACKET_DETAIL("packet-detail", "DetailPaket", Demo.alone("handouts/captures/serverku-clientku.pcap")
            .and("reset", "handouts/captures/seed-serverku-clientku.pcap")
            .and("segments", "--payload", "handouts/captures/framed-split.pcap")
            .and("datagrams", "handouts/captures/pingku-lost-reply.pcap")
            .and("unreachable", "handouts/captures/closed-udp-port.pcap"));

    /** The package under which each exercise's hidden tests have a package of their own. */
    public static final String HIDDEN_TESTS = "socketlab.grader.hidden";

    private final String module;
    private final String program;
    private final Demo demo;

    Exercise(String module, String program, Demo demo) {
        this.module = module;
        this.program = program;
        this.demo = demo;
    }

    /** The exercise's name: its module folder, corpus folder, handout chapter and diagram. */
    public String module() {
        return module;
    }

    /** The name as a Java package segment: the module without its hyphens ({@code loopingserver}). */
    public String id() {
        return module.replace("-", "");
    }

    /** The Java package that holds the exercise's program. */
    public String javaPackage() {
        return "socketlab." + id();
    }

    /** The simple name of the main class, in the seed's style: ServerKu, ServerKu2, ClientKu, DetailSocket, AlamatLain, ServerUdpKu, PingKu, …. */
    public String program() {
        return program;
    }

    /** How the exercise's chapter shows its program at work. */
    public Demo demo() {
        return demo;
    }

    /** The fully qualified main class. */
    public String mainClass() {
        return javaPackage() + "." + program;
    }

    /** The package as a relative folder path, with '/' separators. */
    public String packagePath() {
        return javaPackage().replace('.', '/');
    }

    /** The package of the exercise's hidden tests and their scenes. */
    public String hiddenTestsPackage() {
        return HIDDEN_TESTS + "." + id();
    }

    /**
     * The exercise a class of hidden tests grades, found by the last part of its package, the exercise's
     * {@link #id()} ({@code socketlab.grader.hidden.loopingserver}); empty for a class in no exercise's package.
     */
    public static Optional<Exercise> ofHiddenTests(Class<?> type) {
        String packageName = type.getPackageName();
        String last = packageName.substring(packageName.lastIndexOf('.') + 1);
        return Arrays.stream(values()).filter(exercise -> exercise.id().equals(last)).findFirst();
    }
}
