package socketlab.grader.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A program's own sockets, read from /proc: what a hidden test uses to tell the program from any other. */
final class ProgramSocketsTest {

    @Test
    void readsAnAddressAsProcPrintsIt() throws IOException {
        assumeTrue(ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN, "skipped: a big-endian machine prints other hex");
        assertAll(
                () -> assertThat(ProgramSockets.endpoint("0100007F:1F90"))
                        .isEqualTo(new ProgramSockets.Endpoint(InetAddress.getByName("127.0.0.1"), 8080)),
                () -> assertThat(ProgramSockets.endpoint("0000000000000000FFFF00000200007F:0050"))
                        .as("an IPv4-mapped address of a dual-stack socket")
                        .isEqualTo(new ProgramSockets.Endpoint(InetAddress.getByName("127.0.0.2"), 80)),
                () -> assertThat(ProgramSockets.endpoint("00000000000000000000000001000000:0016").address())
                        .isEqualTo(InetAddress.getByName("::1")));
    }

    @Test
    void findsTheListeningSocketsAndConnectionsOfItsOwnSessionOnly() throws IOException {
        assumeTrue(ProgramSockets.supported(), "skipped: no /proc on this machine (not Linux)");
        String stat = Files.readString(Path.of("/proc/self/stat"));
        long session = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[3]);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.2"));
                Socket client = new Socket()) {
            client.connect(server.getLocalSocketAddress(), 5000);
            ProgramSockets own = ProgramSockets.ofSession(session).orElseThrow();
            ProgramSockets nobody = ProgramSockets.ofSession(Long.MAX_VALUE).orElseThrow();
            ProgramSockets tree = ProgramSockets.ofProcessTree(ProcessHandle.current().pid()).orElseThrow();
            int port = server.getLocalPort();
            assertAll(
                    () -> assertThat(own.listensOn(port)).isTrue(),
                    () -> assertThat(own.accepts(InetAddress.getByName("127.0.0.2"), port)).isTrue(),
                    () -> assertThat(own.accepts(InetAddress.getByName("127.0.0.1"), port)).as("bound to 127.0.0.2 only").isFalse(),
                    () -> assertThat(own.listening()).filteredOn(end -> end.port() == port)
                            .extracting(ProgramSockets.Endpoint::address).containsExactly(InetAddress.getByName("127.0.0.2")),
                    () -> assertThat(own.holdsConnectionFrom((InetSocketAddress) client.getLocalSocketAddress())).isTrue(),
                    () -> assertThat(nobody.listening()).isEmpty(),
                    () -> assertThat(tree.listensOn(port)).as("found from the process down, as for a running program").isTrue());
        }
    }

    @Test
    void readsWhatAConnectionHasNotReadAndWhatItsPeerHasNotDelivered() throws IOException {
        assumeTrue(ProgramSockets.supported(), "skipped: no /proc on this machine (not Linux)");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                Socket client = new Socket()) {
            client.connect(server.getLocalSocketAddress(), 5000);
            try (Socket accepted = server.accept()) {
                InetSocketAddress from = (InetSocketAddress) client.getLocalSocketAddress();
                client.getOutputStream().write(new byte[10]);
                long pid = ProcessHandle.current().pid();
                assertThat(ProgramSockets.unsentFrom(from)).as("on loopback, delivered within the write").contains(0L);
                assertThat(ProgramSockets.ofProcessTree(pid).orElseThrow().unreadFrom(from)).as("sent, not yet read").contains(10L);
                accepted.getInputStream().readNBytes(4);
                assertThat(ProgramSockets.ofProcessTree(pid).orElseThrow().unreadFrom(from)).as("4 of 10 read").contains(6L);
                assertThat(ProgramSockets.ofProcessTree(pid).orElseThrow().unreadFrom(new InetSocketAddress("127.0.0.1", 1)))
                        .as("no connection from there").isEmpty();
            }
        }
    }
}
