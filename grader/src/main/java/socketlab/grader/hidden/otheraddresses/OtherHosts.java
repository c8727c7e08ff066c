package socketlab.grader.hidden.otheraddresses;

import socketlab.grader.course.Exercise;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Expect;
import socketlab.grader.harness.program.Hosts;
import socketlab.grader.harness.program.Quote;
import socketlab.grader.harness.program.Run;

/**
 * What the tests of the practicum's other hosts (exercise other-addresses, beside AlamatLain's tests) share: the
 * seed's port and texts, and ClientKu's conversation with the grader's server on another host. Each test is a class
 * of its own ({@link ServerKuOnAnotherHostTest}, {@link ClientKuByAddressTest}, {@link ClientKuByNameTest}), so a
 * grading run starts all three at once, first ({@link socketlab.grader.harness.LongWaitsFirst}): their time is the
 * Docker engine's, not this machine's cores.
 */
final class OtherHosts {
    /** The seed's port: each host has its own, so every test can use it. */
    static final int PORT = 12345;
    static final String CONNECTED = " Selamat Anda Sudah Terhubung dengan ServerKu";
    private static final String THANKS = "Terima Kasih karena telah berkomunikasi dengan ServerKu";
    private static final String ANSWER = "Client: Hai ServerKu, ClientKu ingin berkomunikasi";

    private OtherHosts() {
    }

    /** Starts the grader's server on the host {@code alias}, then ClientKu aiming at its address or at that name. */
    static void clientKuReaches(Hosts hosts, String alias, boolean byAddress) {
        hosts.compiled(Exercise.CLIENT);
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
                host, PORT, THANKS, exit, clientKu.printed(), Quote.lines(server.stdout()));
        server.awaitLine(ANSWER::equals, Text.of("\"%s\" (ClientKu's answer, printed by the server on the other host)",
                "\"%s\" (jawaban ClientKu, dicetak server di host lain)", ANSWER));
    }
}
