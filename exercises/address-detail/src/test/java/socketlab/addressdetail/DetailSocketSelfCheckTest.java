package socketlab.addressdetail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static socketlab.selfcheck.Words.say;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import socketlab.selfcheck.ProgramRun;
import socketlab.selfcheck.SelfCheck;

/** Quick self-checks for DetailSocket; run them with {@code mvn test}. The instructor's grading tests go further. */
@SelfCheck
final class DetailSocketSelfCheckTest {

    @Test
    void tellsIpv4FromIpv6() throws UnknownHostException {
        assertAll(
                () -> assertThat(DetailSocket.familyOf(InetAddress.getByName("127.0.0.1"))).isEqualTo("AF_INET"),
                () -> assertThat(DetailSocket.familyOf(InetAddress.getByName("::1"))).isEqualTo("AF_INET6"));
    }

    @Test
    void printsFiveLinesForEachEntryOfAnIpv4Address() {
        ProgramRun detailSocket = ProgramRun.start("DetailSocket", DetailSocketCommand::execute, "127.0.0.1", "domain");
        int exitCode = detailSocket.awaitExit();
        assertAll(
                () -> assertThat(detailSocket.out()).as(say("what DetailSocket printed for 127.0.0.1 domain",
                        "yang dicetak DetailSocket untuk 127.0.0.1 domain")).containsExactly(
                        "Family : AF_INET", "Type : SOCK_STREAM", "Protocol : IPPROTO_TCP", "Canonical name: ",
                        "Socket address: ('127.0.0.1', 53)",
                        "Family : AF_INET", "Type : SOCK_DGRAM", "Protocol : IPPROTO_UDP", "Canonical name: ",
                        "Socket address: ('127.0.0.1', 53)"),
                () -> assertThat(exitCode).as(say("exit code", "kode keluar")).isZero());
    }

    @Test
    void printsAnIpv6SocketAddressAsPythonDoes() {
        ProgramRun detailSocket = ProgramRun.start("DetailSocket", DetailSocketCommand::execute, "::1", "22");
        int exitCode = detailSocket.awaitExit();
        assertAll(
                () -> assertThat(detailSocket.out()).as(say("what DetailSocket printed for ::1 22",
                        "yang dicetak DetailSocket untuk ::1 22"))
                        .filteredOn(line -> line.startsWith("Socket address:"))
                        .containsExactly("Socket address: ('::1', 22, 0, 0)", "Socket address: ('::1', 22, 0, 0)",
                                "Socket address: ('::1', 22, 0, 0)"),
                () -> assertThat(exitCode).as(say("exit code", "kode keluar")).isZero());
    }
}
