package socketlab.otheraddresses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
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
    void printsWhichServerTookEachClientAndWhatItSaw() {
        ProgramRun alamatLain = ProgramRun.start("AlamatLain", AlamatLainCommand::execute, "--port", "0",
                "--server", "127.0.0.1", "--server", "0.0.0.0", "--to", "127.0.0.1", "--to", "127.0.0.4",
                "--from", "127.0.0.3");
        int exitCode = alamatLain.awaitExit();
        List<List<String>> cells = alamatLain.out().stream().filter(line -> !line.isBlank())
                .map(line -> List.of(line.trim().split("\\s+"))).toList();
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
}
