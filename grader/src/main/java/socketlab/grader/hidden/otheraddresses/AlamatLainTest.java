package socketlab.grader.hidden.otheraddresses;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.WaitsOnTimeouts;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.Observed;
import socketlab.grader.harness.verdict.Verdict;
import socketlab.grader.harness.wire.Loopback;
import socketlab.grader.harness.wire.Peer;

/**
 * Hidden tests of AlamatLain (the seed's practicum: other IP addresses): its table against what the kernel
 * really does on loopback, with no root. Each test's 127.x addresses are a block of its own ({@link Loopback})
 * and every "refused" aims at an address and port no other program can hold, so no other program of a busy
 * grading can answer in the submission's place.
 */
@HiddenTests
@WaitsOnTimeouts
public final class AlamatLainTest {

    @Test
    @Order(1)
    @Graded(points = 2, en = "a server on one 127.x address refuses a client aiming at another",
            id = "server di satu alamat 127.x menolak client yang menuju alamat lain", section = "other-addresses#specific",
            judges = {"AlamatLain.openServer: bound to address:port", "AlamatLain.connectFrom: then connects to to:port",
                "AlamatLainCommand: a refused client is a result, not a failure"})
    void aServerOnOneAddressRefusesAClientAimingAtAnother(Subject alamatLain) {
        Loopback.Block block = Loopback.block();
        AlamatLainTable table = AlamatLainTable.of(alamatLain, "--port", "0", "--server", block.at(2),
                "--to", block.at(2), "--to", block.at(1));
        table.expectServer(block.at(2), "listening");
        table.expectClient("any", block.at(2), "connected", block.at(2), null);
        table.expectClient("any", block.at(1), "refused", "-", "-");
    }

    @Test
    @Order(2)
    @Graded(points = 2, en = "a server on 0.0.0.0 takes clients aiming at any 127.x address",
            id = "server di 0.0.0.0 menerima client yang menuju alamat 127.x mana pun", section = "other-addresses#wildcard",
            judges = {"AlamatLain.openServer: bound to address:port", "AlamatLain.connectFrom: then connects to to:port",
                "AlamatLain.whoAccepted: Which of our servers accepted this client",
                "AlamatLain.connectFrom: the kernel picks the local address"})
    void aServerOnTheWildcardTakesClientsAimingAtAnyLoopbackAddress(Subject alamatLain) {
        Loopback.Block block = Loopback.block();
        AlamatLainTable table = AlamatLainTable.of(alamatLain, "--port", "0", "--server", "0.0.0.0",
                "--to", "127.0.0.1", "--to", block.at(1), "--to", block.at(2));
        table.expectServer("0.0.0.0", "listening");
        for (String to : new String[] {"127.0.0.1", block.at(1), block.at(2)}) {
            table.expectClient("any", to, "connected", "0.0.0.0", Loopback.kernelsChoiceFor(to));
        }
    }

    @Test
    @Order(3)
    @Graded(points = 2, en = "the server sees the address the client bound before connecting",
            id = "server melihat alamat yang di-bind client sebelum connect", section = "other-addresses#client-address",
            judges = {"AlamatLain.connectFrom: binds its own local address first", "AlamatLain.whoAccepted: the client address it saw"})
    void theServerSeesTheAddressTheClientBound(Subject alamatLain) {
        Loopback.Block block = Loopback.block();
        AlamatLainTable table = AlamatLainTable.of(alamatLain, "--port", "0", "--server", block.at(1),
                "--to", block.at(1), "--from", block.at(3), "--from", block.at(4));
        table.expectClient(block.at(3), block.at(1), "connected", block.at(1), block.at(3));
        table.expectClient(block.at(4), block.at(1), "connected", block.at(1), block.at(4));
    }

    @Test
    @Order(4)
    @Graded(points = 2, en = "servers share a port on different addresses, and 0.0.0.0 conflicts with them",
            id = "server berbagi port di alamat berbeda, dan 0.0.0.0 bentrok dengan mereka", section = "other-addresses#conflict",
            judges = {"AlamatLain.openServer: bound to address:port", "AlamatLain.startServers: Starts a server on each address",
                "AlamatLain.whoAccepted: Which of our servers accepted this client", "AlamatLain.startServers: adding those that listen"})
    void serversShareAPortOnDifferentAddressesAndTheWildcardConflicts(Subject alamatLain) {
        Loopback.Block block = Loopback.block();
        AlamatLainTable table = AlamatLainTable.of(alamatLain, "--port", "0", "--server", block.at(1),
                "--server", "0.0.0.0", "--server", block.at(2), "--to", block.at(1), "--to", block.at(2));
        table.expectServer(block.at(1), "listening");
        table.expectServer("0.0.0.0", "in-use");
        table.expectServer(block.at(2), "listening");
        table.expectClient("any", block.at(1), "connected", block.at(1), null);
        table.expectClient("any", block.at(2), "connected", block.at(2), null);
    }

    @Test
    @Order(5)
    @Graded(points = 1, en = "says an address that is not this machine's cannot be bound, and goes on",
            id = "menyatakan alamat yang bukan milik mesin ini tidak bisa di-bind, lalu lanjut", section = "other-addresses#not-local",
            judges = {"AlamatLain.openServer: bound to address:port", "AlamatLain.startServers: adding those that listen",
                "Table.notListening: A server that could not bind or listen"})
    void saysAnAddressThatIsNotThisMachinesCannotBeBound(Subject alamatLain) {
        Loopback.Block block = Loopback.block();
        AlamatLainTable table = AlamatLainTable.of(alamatLain, "--port", "0", "--server", "192.0.2.1",
                "--server", block.at(1), "--to", block.at(1));
        table.expectServer("192.0.2.1", "not-local");
        table.expectServer(block.at(1), "listening");
        table.expectClient("any", block.at(1), "connected", block.at(1), null);
    }

    @Test
    @Order(8)
    @Graded(points = 1, en = "takes a connection as its client's only when the ports match",
            id = "menganggap koneksi milik client-nya hanya bila port-nya cocok", section = "other-addresses#client-address",
            judges = {"AlamatLain.whoAccepted: a connection is our client's when its remote port is the client's local port",
                "AlamatLain.whoAccepted: null when none did within timeoutMillis (another program answered)"})
    void takesAConnectionAsItsClientsOnlyWhenThePortsMatch(Subject alamatLain) throws IOException {
        Loopback.Block block = Loopback.block();
        try (ServerSocket elsewhere = new ServerSocket(0, 4, InetAddress.getByName(block.at(5)))) {
            String port = String.valueOf(elsewhere.getLocalPort());
            String[] args = {"--port", port, "--server", block.at(1), "--to", block.at(5), "--to", block.at(1), "--timeout", "5"};
            Run run = alamatLain.start(args);
            // the first client reaches the test's own server; while AlamatLain looks for it among its servers, a
            // stranger's connection waits in its server's backlog: it is not the client's, whatever comes first
            Observed<Socket> first = Observed.of(() -> Peer.accept(elsewhere, run));
            Observed<Socket> stranger = Observed.of(() -> strangerTo(run, block, elsewhere.getLocalPort(), args));
            try {
                AlamatLainTable table = AlamatLainTable.of(run, args);
                table.requireListening(block.at(1));
                first.get();
                stranger.get();
                table.expectClient("any", block.at(5), "other-program", "-", "-");
                table.expectClient("any", block.at(1), "connected", block.at(1), null);
            } finally {
                List.of(first, stranger).stream().filter(Observed::ok).forEach(socket -> Peer.close(socket.get()));
            }
        }
    }

    /** A connection from another address of the block to AlamatLain's server, which must listen while it looks for its first client. */
    private static Socket strangerTo(Run alamatLain, Loopback.Block block, int port, String... args) {
        try {
            return Peer.connectFrom(alamatLain, block.at(7), block.at(1), port);
        } catch (Verdict refused) {
            throw Verdict.failed("AlamatLain %s: while it looked for its first client, its server on %s:%d took no connection:"
                    + " a server listens until the program ends", "AlamatLain %s: saat mencari client pertamanya, server-nya di %s:%d"
                    + " tidak menerima koneksi: server tetap listen sampai program selesai", String.join(" ", args), block.at(1), port);
        }
    }

    @Test
    @Order(6)
    @Graded(points = 2, en = "a server on ::1 takes IPv6 clients and refuses IPv4 ones",
            id = "server di ::1 menerima client IPv6 dan menolak client IPv4", section = "other-addresses#ipv6",
            judges = {"AlamatLain.openServer: bound to address:port", "AlamatLain.connectFrom: then connects to to:port",
                "AlamatLainCommand: a refused client is a result, not a failure"})
    void aServerOnIpv6LoopbackTakesIpv6ClientsOnly(Subject alamatLain) {
        Loopback.requireIpv6();
        Loopback.Block block = Loopback.block();
        try (Loopback.PortGuard guard = Loopback.guardedPort()) {
            AlamatLainTable table = AlamatLainTable.of(alamatLain, "--port", String.valueOf(guard.port()),
                    "--server", "::1", "--to", "::1", "--to", block.at(1));
            table.expectServer("::1", "listening");
            table.expectClient("any", "::1", "connected", "::1", "::1");
            table.expectClient("any", block.at(1), "refused", "-", "-");
        }
    }

    @Test
    @Order(7)
    @Graded(points = 2, en = "a server on :: takes IPv6 clients and IPv4 ones, also aiming at an IPv4-mapped address",
            id = "server di :: menerima client IPv6 dan IPv4, juga yang menuju alamat IPv4-mapped",
            section = "other-addresses#ipv6",
            judges = {"AlamatLain.openServer: bound to address:port", "AlamatLain.connectFrom: then connects to to:port"})
    void aServerOnTheIpv6WildcardAlsoTakesIpv4Clients(Subject alamatLain) {
        Loopback.requireIpv6();
        Loopback.Block block = Loopback.block();
        AlamatLainTable table = AlamatLainTable.of(alamatLain, "--port", "0", "--server", "::",
                "--to", "::1", "--to", block.at(1), "--to", "::ffff:" + block.at(2));
        table.expectServer("::", "listening");
        table.expectClient("any", "::1", "connected", "::", "::1");
        table.expectClient("any", block.at(1), "connected", "::", null);
        table.expectClient("any", "::ffff:" + block.at(2), "connected", "::", null);
    }
}
