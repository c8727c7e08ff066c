package socketlab.grader.hidden.otheraddresses;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Expect;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.OnOtherHosts;
import socketlab.grader.harness.program.Hosts;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.Verdict;

/**
 * Hidden test of the practicum's other hosts (exercise other-addresses, beside AlamatLain's tests): the
 * submission's ServerKu on a host of its own (a container on an internal network of the project's own), the
 * grader's reference client on another, at addresses that are not loopback. Without a Docker engine it is skipped,
 * saying so.
 */
@HiddenTests
@OnOtherHosts
public final class ServerKuOnAnotherHostTest {

    @Test
    @Order(9)
    @Graded(points = 2, en = "ServerKu on a host of its own prints the address and port of a client on another host",
            id = "ServerKu di host tersendiri mencetak alamat dan port client dari host lain", section = "other-addresses#other-hosts",
            judges = {"ServerKu.serve: accept one client", "ServerKu.acceptClient: Waits for one client and returns the connection to it"})
    void serverKuPrintsTheAddressOfAClientOnAnotherHost(Hosts hosts) {
        Run serverKu = hosts.start(Exercise.SERVER, "serverku", "--host", "0.0.0.0", "--port", String.valueOf(OtherHosts.PORT));
        serverKu.listeningLine();
        Run client = hosts.startReferenceClient("clientku", serverKu.networkAddress(), OtherHosts.PORT);
        client.awaitEnd();
        String from = client.stdout().stream().filter(line -> line.startsWith("From ")).findFirst()
                .orElseThrow(() -> Verdict.failed("the grader's client could not reach ServerKu on another host: %s",
                        "client penilai tidak bisa mencapai ServerKu di host lain: %s", client.printed())).substring(5);
        String connected = OtherHosts.CONNECTED;
        String printed = serverKu.awaitLine(line -> line.endsWith(connected), Text.same("\"<ip>:<port>" + connected + "\""));
        Expect.that(printed.equals(from + connected) && !from.startsWith("127."),
                "a client on another host connected from %s: expected ServerKu to print \"%s\", got \"%s\"",
                "client di host lain terhubung dari %s: diharapkan ServerKu mencetak \"%s\", ternyata \"%s\"",
                from, from + connected, printed);
    }
}
