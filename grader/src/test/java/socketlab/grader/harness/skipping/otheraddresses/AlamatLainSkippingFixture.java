package socketlab.grader.harness.skipping.otheraddresses;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.verdict.Verdict;

/** Hidden tests of AlamatLain of which one cannot run on this machine, for the harness's own tests. */
@HiddenTests
final class AlamatLainSkippingFixture {

    @Test
    @Order(1)
    @Graded(points = 2, en = "runs", id = "berjalan", section = "other-addresses#specific",
            judges = "ServerKu.serve: listen")
    void runs(Subject alamatLain) {
        alamatLain.start("--port", "0").awaitEnd();
    }

    @Test
    @Order(2)
    @Graded(points = 3, en = "needs IPv6", id = "butuh IPv6", section = "other-addresses#ipv6",
            judges = "ServerKu.serve: listen")
    void needsIpv6(Subject alamatLain) {
        throw Verdict.skipped("no IPv6 loopback", "tidak ada loopback IPv6");
    }
}
