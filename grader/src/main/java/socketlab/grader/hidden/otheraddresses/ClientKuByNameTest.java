package socketlab.grader.hidden.otheraddresses;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.OnOtherHosts;
import socketlab.grader.harness.program.Hosts;

/**
 * Hidden test of the practicum's other hosts (exercise other-addresses, beside AlamatLain's tests): the
 * submission's ClientKu on a host of its own (a container on an internal network of the project's own) reaches the
 * grader's reference server on another host by its name (a network alias). Without a Docker engine it is skipped,
 * saying so.
 */
@HiddenTests
@OnOtherHosts
public final class ClientKuByNameTest {

    @Test
    @Order(11)
    @Graded(points = 2, en = "ClientKu reaches a server on another host by its name (a network alias)",
            id = "ClientKu mencapai server di host lain lewat namanya (alias jaringan)", section = "other-addresses#other-hosts",
            judges = {"ClientKu.connect: connected to host:port"})
    void clientKuReachesAServerOnAnotherHostByItsName(Hosts hosts) {
        OtherHosts.clientKuReaches(hosts, "serverku.socketlab.test", false);
    }
}
