package socketlab.otheraddresses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static socketlab.selfcheck.Words.say;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import socketlab.selfcheck.Loopback;
import socketlab.selfcheck.ProgramRun;
import socketlab.selfcheck.SelfCheck;

/** Quick self-checks for AlamatLain; run them with {@code mvn test}. The instructor's grading tests go further. */
@SelfCheck
final class AlamatLainSelfCheckTest {

    @Test
    void opensAListeningSocketOnTheAddressAsked() throws IOException {
        Loopback.assumeHas("127.0.0.2");
        try (ServerSocket server = AlamatLain.openServer("127.0.0.2", 0)) {
            assertAll(
                    () -> assertThat(server.getInetAddress().getHostAddress()).as(say("address", "alamat")).isEqualTo("127.0.0.2"),
                    () -> assertThat(server.getLocalPort()).as(say("port", "port")).isPositive());
        }
    }

    @Test
    void aClientBindsItsOwnAddressBeforeItConnects() throws IOException {
        Loopback.assumeHas("127.0.0.3");
        try (ServerSocket server = AlamatLain.openServer("127.0.0.1", 0);
             Socket client = AlamatLain.connectFrom("127.0.0.3", "127.0.0.1", server.getLocalPort(), 5000)) {
            assertAll(
                    () -> assertThat(client.isConnected()).as(say("connected", "terhubung")).isTrue(),
                    () -> assertThat(client.getLocalAddress().getHostAddress()).as(say("the client's own address", "alamat client itu sendiri"))
                            .isEqualTo("127.0.0.3"));
        }
    }

    @Test
    void takesItsOwnClientAndNotAStrangerThatConnectedFirst() throws IOException {
        Loopback.assumeHas("127.0.0.3");
        try (ServerSocket server = AlamatLain.openServer("127.0.0.1", 0); Socket stranger = new Socket()) {
            stranger.connect(new InetSocketAddress("127.0.0.1", server.getLocalPort()), 5000);
            try (Socket client = AlamatLain.connectFrom("127.0.0.3", "127.0.0.1", server.getLocalPort(), 5000)) {
                Table.Seen seen = AlamatLain.whoAccepted(List.of(new Table.Server("127.0.0.1", server)), client, 5000);
                assertThat(seen).as(say("whoAccepted, when a stranger from 127.0.0.1 waits in the backlog before our client"
                        + " from 127.0.0.3 (match the ports)", "whoAccepted, bila orang asing dari 127.0.0.1 menunggu di backlog"
                        + " sebelum client kita dari 127.0.0.3 (cocokkan port-nya)")).isEqualTo(new Table.Seen("127.0.0.1", "127.0.0.3"));
            }
        }
    }

    @Test
    void twoServersShareAPortAndEachTakesTheClientAimingAtIt() {
        Loopback.assumeHas("127.0.0.2", "127.0.0.3");
        List<List<String>> cells = cellsOf(run("--port", "0", "--server", "127.0.0.1", "--server", "127.0.0.2",
                "--to", "127.0.0.2", "--to", "127.0.0.1", "--from", "127.0.0.3"));
        assertAll(
                () -> assertThat(cells).as(say("what AlamatLain printed: 6 rows", "yang dicetak AlamatLain: 6 baris")).hasSize(6),
                () -> assertThat(cell(cells, 1)).as(say("the server on 127.0.0.1", "server di 127.0.0.1")).startsWith("127.0.0.1")
                        .endsWith("listening"),
                () -> assertThat(cell(cells, 2)).as(say("the server on 127.0.0.2, the same port", "server di 127.0.0.2, port yang sama"))
                        .startsWith("127.0.0.2").endsWith("listening"),
                () -> assertThat(cell(cells, 4)).as(say("the client aiming at 127.0.0.2", "client yang menuju 127.0.0.2"))
                        .containsExactly("127.0.0.3", "127.0.0.2", "connected", "127.0.0.2", "127.0.0.3"),
                () -> assertThat(cell(cells, 5)).as(say("the client aiming at 127.0.0.1", "client yang menuju 127.0.0.1"))
                        .containsExactly("127.0.0.3", "127.0.0.1", "connected", "127.0.0.1", "127.0.0.3"));
    }

    @Test
    void aServerOnTheIpv6LoopbackRefusesAnIpv4Client() {
        Assumptions.assumeTrue(Loopback.bindable("::1"), say("skipped: this computer has no IPv6 loopback (::1)",
                "dilewati: komputer ini tidak punya loopback IPv6 (::1)"));
        List<List<String>> cells = cellsOf(run("--port", "0", "--server", "::1", "--to", "::1", "--to", "127.0.0.1"));
        assertAll(
                () -> assertThat(cells).as(say("what AlamatLain printed: 5 rows", "yang dicetak AlamatLain: 5 baris")).hasSize(5),
                () -> assertThat(cell(cells, 1)).as(say("the server on ::1", "server di ::1")).startsWith("::1").endsWith("listening"),
                () -> assertThat(cell(cells, 3)).as(say("the client aiming at ::1", "client yang menuju ::1"))
                        .containsExactly("any", "::1", "connected", "::1", "::1"),
                () -> assertThat(cell(cells, 4)).as(say("the client aiming at 127.0.0.1, an IPv4 address",
                                "client yang menuju 127.0.0.1, alamat IPv4"))
                        .containsExactly("any", "127.0.0.1", "refused", "-", "-"));
    }

    @Test
    void printsWhichServerTookEachClientAndWhatItSaw() {
        Loopback.assumeHas("127.0.0.3", "127.0.0.4");
        ProgramRun alamatLain = ProgramRun.start("AlamatLain", AlamatLainCommand::execute, "--port", "0",
                "--server", "127.0.0.1", "--server", "0.0.0.0", "--to", "127.0.0.1", "--to", "127.0.0.4",
                "--from", "127.0.0.3");
        int exitCode = alamatLain.awaitExit();
        List<List<String>> cells = cellsOf(alamatLain);
        assertAll(
                () -> assertThat(cells).as(say("what AlamatLain printed: 6 rows", "yang dicetak AlamatLain: 6 baris")).hasSize(6),
                () -> assertThat(cell(cells, 1)).as(say("the server on 127.0.0.1", "server di 127.0.0.1")).startsWith("127.0.0.1")
                        .endsWith("listening"),
                () -> assertThat(cell(cells, 2)).as(say("the server on 0.0.0.0, the same port", "server di 0.0.0.0, port yang sama"))
                        .startsWith("0.0.0.0").last().isIn(secondBindOnTheWildcard()),
                () -> assertThat(cell(cells, 4)).as(say("the client aiming at 127.0.0.1", "client yang menuju 127.0.0.1"))
                        .containsExactly("127.0.0.3", "127.0.0.1", "connected", "127.0.0.1", "127.0.0.3"),
                () -> assertThat(cell(cells, 5)).as(say("the client aiming at 127.0.0.4, where nothing listens",
                                "client yang menuju 127.0.0.4, tempat tak ada yang listen"))
                        .containsExactly("127.0.0.3", "127.0.0.4", "refused", "-", "-"),
                () -> assertThat(exitCode).as(say("exit code", "kode keluar")).isZero());
    }

    private static ProgramRun run(String... args) {
        ProgramRun alamatLain = ProgramRun.start("AlamatLain", AlamatLainCommand::execute, args);
        assertThat(alamatLain.awaitExit()).as(say("AlamatLain's exit code", "kode keluar AlamatLain")).isZero();
        return alamatLain;
    }

    private static List<List<String>> cellsOf(ProgramRun alamatLain) {
        return alamatLain.out().stream().filter(line -> !line.isBlank()).map(line -> List.of(line.trim().split("\\s+"))).toList();
    }

    /** The row at this index (0 is the header), or a failure that says how many rows there were. */
    private static List<String> cell(List<List<String>> cells, int row) {
        assertThat(cells.size()).as(say("rows AlamatLain printed, so row %d is missing", "baris yang dicetak AlamatLain, jadi"
                + " baris %d tidak ada"), row + 1).isGreaterThan(row);
        return cells.get(row);
    }

    /**
     * How a server on 0.0.0.0 fares on a port a server on 127.0.0.1 already listens on. Linux refuses it (a listening
     * socket's port is taken, SO_REUSEADDR or not), and so does Windows, where Java binds exclusively
     * (SO_EXCLUSIVEADDRUSE; the JDK's networking property sun.net.useExclusiveBind). macOS follows BSD: Java sets
     * SO_REUSEADDR on every server socket there, and BSD then lets a wildcard bind share a port with a specific one.
     */
    private static List<String> secondBindOnTheWildcard() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac") ? List.of("in-use", "listening")
                : List.of("in-use");
    }
}
