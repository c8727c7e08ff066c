package socketlab.grader.solutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static socketlab.grader.solutions.Programs.LAUNCHER;
import static socketlab.grader.solutions.Programs.exitCode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import socketlab.grader.course.Exercise;
import socketlab.grader.harness.wire.Peer;
import socketlab.grader.launch.Program;
import socketlab.grader.launch.RunningProgram;

/** Each reference solution reports a failure in one readable line on stderr and a non-zero exit code. */
@Timeout(60)
final class ProgramErrorsTest {
    private static final Program DETAIL_SOCKET = Programs.solution("address-detail", "socketlab.addressdetail.DetailSocket");

    @Test
    void clientKuReportsARefusedConnection() throws IOException {
        try (SocketChannel held = Peer.closedPort()) {
            int closedPort = ((InetSocketAddress) held.getLocalAddress()).getPort();
            assertFailsInOneLine(Programs.of(Exercise.CLIENT), List.of("--port", String.valueOf(closedPort)),
                    "ClientKu: cannot connect to 127.0.0.1:" + closedPort + ": connection refused (is the server running?)");
        }
    }

    @Test
    void clientKuReportsAnUnknownHost() throws IOException {
        assertFailsInOneLine(Programs.of(Exercise.CLIENT), List.of("--host", "nosuch.grader.test"), "ClientKu: unknown host: nosuch.grader.test");
    }

    @Test
    void clientKuGivesUpOnASilentServerWithinItsTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            long start = System.nanoTime();
            assertFailsInOneLine(Programs.of(Exercise.CLIENT), List.of("--port", String.valueOf(silent.getLocalPort()), "--timeout", "1"),
                    "ClientKu: no answer from 127.0.0.1:" + silent.getLocalPort() + " within 1 s");
            assertThat((System.nanoTime() - start) / 1_000_000).as("milliseconds until ClientKu gave up").isLessThan(5000);
        }
    }

    @Test
    void serverKuReportsAPortInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertFailsInOneLine(Programs.of(Exercise.SERVER), List.of("--host", "127.0.0.1", "--port", String.valueOf(port)),
                    "ServerKu: cannot listen on 127.0.0.1:" + port + ": Address already in use");
        }
    }

    @Test
    void serverKuReportsAClientThatNeverAnswers() throws IOException {
        try (RunningProgram serverKu = LAUNCHER.start(Programs.of(Exercise.SERVER),
                List.of("--host", "127.0.0.1", "--port", "0", "--timeout", "1"));
             Socket silentClient = new Socket(InetAddress.getLoopbackAddress(), Programs.listeningPort(serverKu))) {
            int exit = exitCode(serverKu);
            assertAll(
                    () -> assertThat(exit).as("exit code").isEqualTo(1),
                    () -> assertThat(serverKu.stderr()).containsExactly("ServerKu: the client sent no answer within 1 s"));
        }
    }

    @Test
    void serverKu2ReportsAnAddressItCannotBind() throws IOException {
        assertFailsInOneLine(Programs.of(Exercise.LOOPING_SERVER), List.of("--host", "192.0.2.1", "--port", "0"),
                "ServerKu2: cannot listen on 192.0.2.1:0: Cannot assign requested address");
    }

    @Test
    void serversReportAnUnknownHost() throws IOException {
        assertFailsInOneLine(Programs.of(Exercise.SERVER), List.of("--host", "nosuch.grader.test", "--port", "0"),
                "ServerKu: cannot listen on nosuch.grader.test:0: unknown host");
        assertFailsInOneLine(Programs.of(Exercise.LOOPING_SERVER), List.of("--host", "nosuch.grader.test", "--port", "0"),
                "ServerKu2: cannot listen on nosuch.grader.test:0: unknown host");
    }

    @Test
    void detailSocketReportsAnUnknownHost() throws IOException {
        assertFailsInOneLine(DETAIL_SOCKET, List.of("nosuch.grader.test", "http"), "DetailSocket: unknown host: \"nosuch.grader.test\"");
    }

    @Test
    void detailSocketReportsAnUnknownService() throws IOException {
        assertFailsInOneLine(DETAIL_SOCKET, List.of("127.0.0.1", "nosuch"),
                "DetailSocket: unknown service: \"nosuch\" is neither a port number nor a name in the services file");
    }

    @Test
    void usageErrorsExitWithTwoAndNoStackTrace() throws IOException {
        try (RunningProgram serverKu = LAUNCHER.start(Programs.of(Exercise.SERVER), List.of("--port", "abc"))) {
            int exit = exitCode(serverKu);
            assertAll(
                    () -> assertThat(exit).as("exit code").isEqualTo(2),
                    () -> assertThat(serverKu.stderr()).as("stderr").first()
                            .isEqualTo("ServerKu: invalid value for --port: \"abc\" is not a whole number (see --help)"),
                    () -> assertThat(serverKu.stderr()).as("stderr").noneMatch(line -> line.startsWith("\tat ")));
        }
    }

    private static void assertFailsInOneLine(Program program, List<String> args, String expectedLine) throws IOException {
        try (RunningProgram running = LAUNCHER.start(program, args)) {
            int exit = exitCode(running);
            assertAll(
                    () -> assertThat(exit).as("%s %s exit code", program.name(), args).isEqualTo(1),
                    () -> assertThat(running.stderr()).as("%s %s stderr", program.name(), args).containsExactly(expectedLine),
                    () -> assertThat(running.stdout()).as("%s %s stdout", program.name(), args).isEmpty());
        }
    }
}
