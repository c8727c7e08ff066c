package socketlab.otheraddresses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import socketlab.selfcheck.NotImplementedYet;
import socketlab.selfcheck.ProgramRun;

/** Quick self-checks for AlamatLain; run them with {@code mvn test}. The instructor's grading tests go further. */
@ExtendWith(NotImplementedYet.class)
@Timeout(20)
final class AlamatLainSelfCheckTest {

    @Test
    void opensAListeningSocketOnTheAddressAsked() throws IOException {
        try (ServerSocket server = AlamatLain.openServer("127.0.0.2", 0)) {
            assertAll(
                    () -> assertThat(server.getInetAddress().getHostAddress()).as("address").isEqualTo("127.0.0.2"),
                    () -> assertThat(server.getLocalPort()).as("port").isPositive());
        }
    }

    @Test
    void aClientBindsItsOwnAddressBeforeItConnects() throws IOException {
        try (ServerSocket server = AlamatLain.openServer("127.0.0.1", 0);
             Socket client = AlamatLain.connectFrom("127.0.0.3", "127.0.0.1", server.getLocalPort(), 5000)) {
            assertAll(
                    () -> assertThat(client.isConnected()).as("connected").isTrue(),
                    () -> assertThat(client.getLocalAddress().getHostAddress()).as("the client's own address")
                            .isEqualTo("127.0.0.3"));
        }
    }

    @Test
    void takesItsOwnClientAndNotAStrangerThatConnectedFirst() throws IOException {
        try (ServerSocket server = AlamatLain.openServer("127.0.0.1", 0); Socket stranger = new Socket()) {
            stranger.connect(new InetSocketAddress("127.0.0.1", server.getLocalPort()), 5000);
            try (Socket client = AlamatLain.connectFrom("127.0.0.3", "127.0.0.1", server.getLocalPort(), 5000)) {
                Table.Seen seen = AlamatLain.whoAccepted(List.of(new Table.Server("127.0.0.1", server)), client, 5000);
                assertThat(seen).as("whoAccepted, when a stranger from 127.0.0.1 waits in the backlog before our client"
                        + " from 127.0.0.3 (match the ports)").isEqualTo(new Table.Seen("127.0.0.1", "127.0.0.3"));
            }
        }
    }

    @Test
    void twoServersShareAPortAndEachTakesTheClientAimingAtIt() {
        List<List<String>> cells = cellsOf(run("--port", "0", "--server", "127.0.0.1", "--server", "127.0.0.2",
                "--to", "127.0.0.2", "--to", "127.0.0.1", "--from", "127.0.0.3"));
        assertAll(
                () -> assertThat(cells).as("what AlamatLain printed").hasSize(6),
                () -> assertThat(cells.get(1)).as("the server on 127.0.0.1").startsWith("127.0.0.1").endsWith("listening"),
                () -> assertThat(cells.get(2)).as("the server on 127.0.0.2, the same port").startsWith("127.0.0.2")
                        .endsWith("listening"),
                () -> assertThat(cells.get(4)).as("the client aiming at 127.0.0.2")
                        .containsExactly("127.0.0.3", "127.0.0.2", "connected", "127.0.0.2", "127.0.0.3"),
                () -> assertThat(cells.get(5)).as("the client aiming at 127.0.0.1")
                        .containsExactly("127.0.0.3", "127.0.0.1", "connected", "127.0.0.1", "127.0.0.3"));
    }

    @Test
    void aServerOnTheIpv6LoopbackRefusesAnIpv4Client() {
        Assumptions.assumeTrue(hasIpv6Loopback(), "skipped: this machine has no IPv6 loopback (::1)");
        List<List<String>> cells = cellsOf(run("--port", "0", "--server", "::1", "--to", "::1", "--to", "127.0.0.1"));
        assertAll(
                () -> assertThat(cells).as("what AlamatLain printed").hasSize(5),
                () -> assertThat(cells.get(1)).as("the server on ::1").startsWith("::1").endsWith("listening"),
                () -> assertThat(cells.get(3)).as("the client aiming at ::1")
                        .containsExactly("any", "::1", "connected", "::1", "::1"),
                () -> assertThat(cells.get(4)).as("the client aiming at 127.0.0.1, an IPv4 address")
                        .containsExactly("any", "127.0.0.1", "refused", "-", "-"));
    }

    @Test
    void printsWhichServerTookEachClientAndWhatItSaw() {
        ProgramRun alamatLain = ProgramRun.start("AlamatLain", AlamatLainCommand::execute, "--port", "0",
                "--server", "127.0.0.1", "--server", "0.0.0.0", "--to", "127.0.0.1", "--to", "127.0.0.4",
                "--from", "127.0.0.3");
        int exitCode = alamatLain.awaitExit();
        List<List<String>> cells = cellsOf(alamatLain);
        assertAll(
                () -> assertThat(cells).as("what AlamatLain printed").hasSize(6),
                () -> assertThat(cells.get(1)).as("the server on 127.0.0.1").startsWith("127.0.0.1").endsWith("listening"),
                () -> assertThat(cells.get(2)).as("the server on 0.0.0.0, the same port").startsWith("0.0.0.0").endsWith("in-use"),
                () -> assertThat(cells.get(4)).as("the client aiming at 127.0.0.1")
                        .containsExactly("127.0.0.3", "127.0.0.1", "connected", "127.0.0.1", "127.0.0.3"),
                () -> assertThat(cells.get(5)).as("the client aiming at 127.0.0.4, where nothing listens")
                        .containsExactly("127.0.0.3", "127.0.0.4", "refused", "-", "-"),
                () -> assertThat(exitCode).as("exit code").isZero());
    }

    private static ProgramRun run(String... args) {
        ProgramRun alamatLain = ProgramRun.start("AlamatLain", AlamatLainCommand::execute, args);
        assertThat(alamatLain.awaitExit()).as("AlamatLain's exit code").isZero();
        return alamatLain;
    }

    private static List<List<String>> cellsOf(ProgramRun alamatLain) {
        return alamatLain.out().stream().filter(line -> !line.isBlank()).map(line -> List.of(line.trim().split("\\s+"))).toList();
    }

    private static boolean hasIpv6Loopback() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
            return true;
        } catch (IOException noIpv6) {
            return false;
        }
    }
}
