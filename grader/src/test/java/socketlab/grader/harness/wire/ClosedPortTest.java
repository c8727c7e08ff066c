package socketlab.grader.harness.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.SocketChannel;
import org.junit.jupiter.api.Test;

/**
 * The port a test gives a client "where nothing listens" refuses connections, and stays the test's own while
 * it is held: no other test's server can be handed the same number and answer instead.
 */
final class ClosedPortTest {

    @Test
    void refusesConnectionsAndCannotBeTakenWhileHeld() throws IOException {
        try (SocketChannel held = Peer.closedPort()) {
            InetSocketAddress address = (InetSocketAddress) held.getLocalAddress();
            assertThatThrownBy(() -> {
                try (Socket client = new Socket()) {
                    client.connect(address, 5000);
                }
            }).isInstanceOf(ConnectException.class);
            assertThatThrownBy(() -> new ServerSocket(address.getPort(), 1, address.getAddress()).close())
                    .as("another server asking for the same port").isInstanceOf(BindException.class);
            assertThat(address.getPort()).isPositive();
        }
    }
}
