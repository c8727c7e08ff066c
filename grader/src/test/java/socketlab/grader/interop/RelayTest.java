package socketlab.grader.interop;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The relay passes each side's bytes and end on, keeps them, and knows a client that never came without waiting for it. */
@Timeout(30)
final class RelayTest {
    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Test
    void keepsWhatEachSideSentAndPassesEachEndOn() throws IOException, InterruptedException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Relay relay = new Relay(server.getLocalPort(), LIMIT);
             Socket client = new Socket(InetAddress.getLoopbackAddress(), relay.port());
             Socket accepted = server.accept()) {
            accepted.getOutputStream().write("Thank you\n".getBytes(UTF_8));
            accepted.shutdownOutput();
            InputStream fromServer = client.getInputStream();
            assertThat(new String(fromServer.readAllBytes(), UTF_8)).as("the server's bytes, then its end").isEqualTo("Thank you\n");
            client.getOutputStream().write("Hai\n".getBytes(UTF_8));
            client.shutdownOutput();
            assertThat(new String(accepted.getInputStream().readAllBytes(), UTF_8)).as("the client's bytes, then its end").isEqualTo("Hai\n");
            relay.clientEnded();

            assertThat(relay.awaitEnd(LIMIT)).isTrue();
            assertThat(relay.connected()).isTrue();
            assertThat(new String(relay.sentByServer(), UTF_8)).isEqualTo("Thank you\n");
            assertThat(new String(relay.sentByClient(), UTF_8)).isEqualTo("Hai\n");
        }
    }

    @Test
    void endsAtOnceWhenTheClientEndedWithoutConnecting() throws IOException, InterruptedException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Relay relay = new Relay(server.getLocalPort(), LIMIT)) {
            relay.clientEnded();

            assertThat(relay.awaitEnd(LIMIT)).as("ended by the relay's own sentinel, not a time limit").isTrue();
            assertThat(relay.connected()).isFalse();
            assertThat(relay.sentByClient()).isEmpty();
        }
    }
}
