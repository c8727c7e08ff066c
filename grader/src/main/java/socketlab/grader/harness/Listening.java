package socketlab.grader.harness;

import java.util.List;
import java.util.Map;

/** What a test needs of a server before it can connect, in the words of the server's Javadoc ({@link Graded#judges}). */
public final class Listening {
    /**
     * Each server's socket and its "Listening on" line, in the words of its Javadoc ({@link Graded#judges}): a test that
     * must connect needs them, and without a port to connect to says "not judged" ({@link NotJudged}) unless it judges
     * one of them itself.
     */
    private static final Map<String, List<String>> BEHAVIOURS = Map.of(
            "ServerKu", List.of("ServerKu.serve: listen", "ServerKu.openServerSocket: bound to host:port"),
            "ServerKu2", List.of("ServerKu2.serve: listen", "ServerKu2.openServerSocket: bound to host:port"),
            "ServerKu3", List.of("ServerKu3.serve: listen", "ServerKu3Command.listen: bound to --host and --port"),
            "ServerPesanKu", List.of("ServerPesanKu.serve: Listen", "ServerPesanKuCommand.listen: bound to --host and --port"),
            "ServerUdpKu", List.of("ServerUdpKu.serve: Bind once", "ServerUdpKu.openSocket: bound to host:port"));

    private Listening() {
    }

    /** The words of the program's Javadoc that name its listening socket and its "Listening on" line (none if not a server). */
    public static List<String> behavioursOf(String program) {
        return BEHAVIOURS.getOrDefault(program, List.of());
    }
}
