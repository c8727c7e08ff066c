package socketlab.grader.harness.program;

import java.util.List;
import socketlab.grader.harness.verdict.NotJudged;

/**
 * What a test needs of a server before it can connect, in the words of the server's Javadoc (as a hidden test's
 * {@code @Graded(judges)} names them).
 */
public final class Listening {
    private Listening() {
    }

    /**
     * The words of the program's Javadoc that name its listening socket and its "Listening on" line (none if not a
     * server): a test that must connect needs them, and without a port to connect to says "not judged"
     * ({@link NotJudged}) unless it judges them itself.
     */
    public static List<String> behavioursOf(String program) {
        return switch (program) {
            case "ServerKu" -> List.of("ServerKu.serve: listen", "ServerKu.openServerSocket: bound to host:port");
            case "ServerKu2" -> List.of("ServerKu2.serve: listen", "ServerKu2.openServerSocket: bound to host:port");
            case "ServerKu3" -> List.of("ServerKu3.serve: listen", "ServerKu3Command.listen: bound to --host and --port");
            case "ServerPesanKu" -> List.of("ServerPesanKu.serve: Listen", "ServerPesanKuCommand.listen: bound to --host and --port");
            case "ServerUdpKu" -> List.of("ServerUdpKu.serve: Bind once", "ServerUdpKu.openSocket: bound to host:port");
            default -> List.of();
        };
    }
}
