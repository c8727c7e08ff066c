package socketlab.grader.hidden.otheraddresses;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Expect;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.Hosts;
import socketlab.grader.harness.OnOtherHosts;
import socketlab.grader.harness.Run;
import socketlab.grader.harness.Verdict;

/**
 * Hidden tests of the practicum's other hosts (exercise other-addresses, beside AlamatLain's): the submission's
 * ServerKu and ClientKu each on a host of its own (a container on an internal network of the project's own),
 * talking to the grader's reference client and server on another, at addresses that are not loopback. Without a
 * Docker engine they are skipped, saying so.
 */
@HiddenTests
@OnOtherHosts
public final class OtherHostsTest {
    /** The seed's port: each host has its own, so every test can use it. */
    private static final int PORT = 12345;
    private static final String CONNECTED = " Selamat Anda Sudah Terhubung dengan ServerKu";
    private static final String THANKS = "Terima Kasih karena telah berkomunikasi dengan ServerKu";
    private static final String ANSWER = "Client: Hai ServerKu, ClientKu ingin berkomunikasi";

    @Test
    @Order(8)
    @Graded(points = 2, en = "ServerKu on a host of its own prints the address and port of a client on another host",
            id = "ServerKu di host tersendiri mencetak alamat dan port client dari host lain", section = "other-addresses#other-hosts")
    void serverKuPrintsTheAddressOfAClientOnAnotherHost(Hosts hosts) {
        Run serverKu = hosts.start(Exercise.SERVER, "serverku", "--host", "0.0.0.0", "--port", String.valueOf(PORT));
        serverKu.listeningLine();
        Run client = hosts.startReferenceClient("clientku", serverKu.networkAddress(), PORT);
        client.awaitEnd();
        String from = client.stdout().stream().filter(line -> line.startsWith("From ")).findFirst()
                .orElseThrow(() -> Verdict.failed("the grader's client could not reach ServerKu on another host: %s",
                        "client penilai tidak bisa mencapai ServerKu di host lain: %s", client.printed())).substring(5);
        String printed = serverKu.awaitLine(line -> line.endsWith(CONNECTED), Text.same("\"<ip>:<port>" + CONNECTED + "\""));
        Expect.that(printed.equals(from + CONNECTED) && !from.startsWith("127."),
                "a client on another host connected from %s: expected ServerKu to print \"%s\", got \"%s\"",
                "client di host lain terhubung dari %s: diharapkan ServerKu mencetak \"%s\", ternyata \"%s\"",
                from, from + CONNECTED, printed);
    }

    @Test
    @Order(9)
    @Graded(points = 2, en = "ClientKu reaches a server on another host by its address",
            id = "ClientKu mencapai server di host lain lewat alamatnya", section = "other-addresses#other-hosts")
    void clientKuReachesAServerOnAnotherHostByItsAddress(Hosts hosts) {
        clientKuReaches(hosts, "serverku", true);
    }

    @Test
    @Order(10)
    @Graded(points = 2, en = "ClientKu reaches a server on another host by its name (a network alias)",
            id = "ClientKu mencapai server di host lain lewat namanya (alias jaringan)", section = "other-addresses#other-hosts")
    void clientKuReachesAServerOnAnotherHostByItsName(Hosts hosts) {
        clientKuReaches(hosts, "serverku.socketlab.test", false);
    }

    /** Starts the grader's server on the host {@code alias}, then ClientKu aiming at its address or at that name. */
    private static void clientKuReaches(Hosts hosts, String alias, boolean byAddress) {
        Run server = hosts.startReferenceServer(alias, PORT, 1);
        server.listeningLine();
        talksWith(hosts, server, byAddress ? server.networkAddress() : alias);
    }

    /** Runs ClientKu against the server at {@code host}: it must print the thanks and exit with 0, and the server get its answer. */
    private static void talksWith(Hosts hosts, Run server, String host) {
        Run clientKu = hosts.start(Exercise.CLIENT, "clientku", "--host", host, "--port", String.valueOf(PORT));
        int exit = clientKu.awaitEnd();
        Expect.that(exit == 0 && clientKu.stdout().contains(THANKS),
                "ClientKu --host %s --port %d (a server on another host): expected it to print \"%s\" and exit with 0;"
                        + " got exit code %d, %s; the server printed %s",
                "ClientKu --host %s --port %d (server di host lain): diharapkan mencetak \"%s\" dan keluar dengan 0;"
                        + " ternyata kode keluar %d, %s; server mencetak %s",
                host, PORT, THANKS, exit, clientKu.printed(), Run.quote(server.stdout()));
        server.awaitLine(ANSWER::equals, Text.of("\"%s\" (ClientKu's answer, printed by the server on the other host)",
                "\"%s\" (jawaban ClientKu, dicetak server di host lain)", ANSWER));
    }
}
