package socketlab.grader.hidden.addressdetail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Text;
import socketlab.grader.harness.CommonTests;
import socketlab.grader.harness.Expect;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.HiddenTests;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.program.HostsFile;
import socketlab.grader.harness.program.Quote;
import socketlab.grader.harness.program.Run;

/**
 * Hidden tests of DetailSocket (seed: detailsocket.py). Names come from the grader's hosts file (see
 * {@link HostsFile}); service names from Debian's /etc/services (netbase).
 */
@HiddenTests
public final class DetailSocketTest {
    private static final String[] TCP = {"SOCK_STREAM", "IPPROTO_TCP"};
    private static final String[] UDP = {"SOCK_DGRAM", "IPPROTO_UDP"};
    private static final String[] RAW = {"SOCK_RAW", "IPPROTO_IP"};
    /** The address of a socket address line whose address is an IPv6 literal: "Socket address: ('::1', 80, 0, 0)". */
    private static final Pattern IPV6_ADDRESS = Pattern.compile("^Socket address: \\('([0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)'");

    @Test
    @Order(1)
    @Graded(points = 2, en = "prints the five lines of each entry for an IPv4 address",
            id = "mencetak lima baris setiap entri untuk alamat IPv4", section = "address-detail#entries",
            judges = {"DetailSocket.print: print each entry's five lines", "PythonSocketAddress: {@code ('127.0.0.1', 80)} for IPv4"})
    void printsFiveLinesPerEntryForAnIpv4Address(Subject detailSocket) {
        expectEntries(EnumSet.of(Judged.FAMILY, Judged.TYPES), detailSocket, "127.0.0.1", "8080", List.of(
                entry("AF_INET", TCP, "('127.0.0.1', 8080)"),
                entry("AF_INET", UDP, "('127.0.0.1', 8080)"),
                entry("AF_INET", RAW, "('127.0.0.1', 8080)")));
    }

    @Test
    @Order(2)
    @Graded(points = 2, en = "prints an IPv6 address as Python does", id = "mencetak alamat IPv6 seperti Python",
            section = "address-detail#families",
            judges = {"DetailSocket.familyOf: AF_INET or AF_INET6",
                "PythonSocketAddress: {@code ('::1', 80, 0, 0)} (address, port, flow info, scope id) for IPv6"})
    void printsAnIpv6AddressAsPythonDoes(Subject detailSocket) {
        expectEntries(EnumSet.of(Judged.FAMILY, Judged.TYPES), detailSocket, "::1", "8080", List.of(
                entry("AF_INET6", TCP, "('::1', 8080, 0, 0)"),
                entry("AF_INET6", UDP, "('::1', 8080, 0, 0)"),
                entry("AF_INET6", RAW, "('::1', 8080, 0, 0)")));
    }

    @Test
    @Order(3)
    @Graded(points = 2, en = "lists every address of a name that has several", id = "mendaftar setiap alamat dari nama yang punya beberapa",
            section = "address-detail#lookup",
            judges = {"DetailSocket.resolve: every address of the host"})
    void listsEveryAddressOfANameWithSeveral(Subject detailSocket) {
        List<String> expected = new ArrayList<>();
        for (String sockaddr : List.of("('10.1.2.3', 7)", "('10.1.2.4', 7)")) {
            expected.add(entry("AF_INET", TCP, sockaddr));
            expected.add(entry("AF_INET", UDP, sockaddr));
        }
        expected.add(entry("AF_INET6", TCP, "('fd00::1:2', 7, 0, 0)"));
        expected.add(entry("AF_INET6", UDP, "('fd00::1:2', 7, 0, 0)"));
        expectEntries(EnumSet.noneOf(Judged.class), detailSocket, HostsFile.MULTI, "echo", expected);
    }

    @Test
    @Order(4)
    @Graded(points = 1, en = "leaves the canonical name empty, as Python does without AI_CANONNAME",
            id = "mengosongkan canonical name, seperti Python tanpa AI_CANONNAME", section = "address-detail#entries",
            judges = {"DetailSocket: as Python 3's socket.getaddrinfo gives them"})
    void leavesTheCanonicalNameEmpty(Subject detailSocket) {
        expectEntries(EnumSet.of(Judged.CANONICAL_NAME), detailSocket, HostsFile.ALIAS, "ssh",
                List.of(entry("AF_INET", TCP, "('127.0.0.3', 22)")));
    }

    @Test
    @Order(5)
    @Graded(points = 2, en = "offers only the socket types /etc/services lists for a service",
            id = "hanya menawarkan tipe socket yang tercantum di /etc/services", section = "address-detail#services",
            judges = {"SocketKind.forService: The kinds of socket offered for a service",
                "SocketKind: a service name only for the protocols its lines in {@code /etc/services} list"})
    void offersOnlyTheSocketTypesTheServicesFileLists(Subject detailSocket) {
        expectEntries(EnumSet.of(Judged.TYPES), detailSocket, "127.0.0.1", "domain", List.of(
                entry("AF_INET", TCP, "('127.0.0.1', 53)"), entry("AF_INET", UDP, "('127.0.0.1', 53)")));
        expectEntries(EnumSet.of(Judged.TYPES), detailSocket, "127.0.0.1", "ntp", List.of(entry("AF_INET", UDP, "('127.0.0.1', 123)")));
    }

    @Test
    @Order(6)
    @Graded(points = 1, en = "finds a service by its alias", id = "menemukan service lewat alias-nya", section = "address-detail#services",
            judges = {"SocketKind.servicesNamed: whose name or alias is this service"})
    void findsAServiceByItsAlias(Subject detailSocket) {
        expectEntries(EnumSet.noneOf(Judged.class), detailSocket, "127.0.0.1", "www",
                List.of(entry("AF_INET", TCP, "('127.0.0.1', 80)")));
    }

    @Test
    @Order(7)
    @Graded(points = CommonTests.UNKNOWN_HOST_POINTS, en = CommonTests.UNKNOWN_HOST_EN, id = CommonTests.UNKNOWN_HOST_ID,
            section = "address-detail#errors",
            judges = {"DetailSocketCommand: 1 an unknown host or service", "DetailSocketCommand: its error lines"})
    void reportsAnUnknownHost(Subject detailSocket) {
        Run run = CommonTests.reportsAnUnknownHost(detailSocket, Text.of("looking up the unknown host %s", "mencari host tak dikenal %s",
                HostsFile.UNKNOWN), HostsFile.UNKNOWN, "http");
        Expect.that(run.stdout().isEmpty(), "for an unknown host expected no entries, got %s",
                "untuk host tak dikenal diharapkan tanpa entri, ternyata %s", Quote.lines(run.stdout()));
        Run empty = detailSocket.start("", "http");
        Expect.reportsFailureInOneLine(empty, Text.of("looking up an empty host name, which Python refuses",
                "mencari nama host kosong, yang ditolak Python"));
    }

    @Test
    @Order(8)
    @Graded(points = 2, en = "reports an unknown service in one line", id = "melaporkan service yang tidak dikenal dalam satu baris",
            section = "address-detail#errors",
            judges = {"DetailSocketCommand.socketKinds: an unknown service is an error", "DetailSocketCommand: its error lines"})
    void reportsAnUnknownService(Subject detailSocket) {
        Run run = detailSocket.start("127.0.0.1", "nosuch-service");
        Expect.reportsFailureInOneLine(run, Text.of("looking up the unknown service nosuch-service",
                "mencari service tak dikenal nosuch-service"));
        Expect.that(run.stdout().isEmpty(), "for an unknown service expected no entries, got %s",
                "untuk service tak dikenal diharapkan tanpa entri, ternyata %s", Quote.lines(run.stdout()));
    }

    @Test
    @Order(9)
    @Graded(points = 1, en = "shortens IPv6 addresses as inet_ntop does", id = "memendekkan alamat IPv6 seperti inet_ntop",
            section = "address-detail#families",
            judges = {"PythonSocketAddress.ipv6Text: the first longest run of two or more zero words becomes \"::\"",
                "PythonSocketAddress: the IPv6 text shortened as glibc's {@code inet_ntop} does"})
    void shortensIpv6AddressesAsInetNtopDoes(Subject detailSocket) {
        expectEntries(EnumSet.of(Judged.IPV6_TEXT), detailSocket, "2001:db8:0:0:1:0:0:1", "ntp",
                List.of(entry("AF_INET6", UDP, "('2001:db8::1:0:0:1', 123, 0, 0)")));
        expectEntries(EnumSet.of(Judged.IPV6_TEXT), detailSocket, "::1.2.3.4", "ntp",
                List.of(entry("AF_INET6", UDP, "('::1.2.3.4', 123, 0, 0)")));
        expectEntries(EnumSet.of(Judged.IPV6_TEXT), detailSocket, "fe80::", "ntp",
                List.of(entry("AF_INET6", UDP, "('fe80::', 123, 0, 0)")));
        expectEntries(EnumSet.of(Judged.IPV6_TEXT), detailSocket, "2001:db8:0:1:1:1:1:1", "ntp",
                List.of(entry("AF_INET6", UDP, "('2001:db8:0:1:1:1:1:1', 123, 0, 0)")));
    }

    /** The five lines detailsocket.py prints for one entry, joined by newlines. */
    private static String entry(String family, String[] typeAndProtocol, String socketAddress) {
        return String.join("\n", "Family : " + family, "Type : " + typeAndProtocol[0], "Protocol : " + typeAndProtocol[1],
                "Canonical name: ", "Socket address: " + socketAddress);
    }

    /**
     * What a test judges of each entry; a field it does not judge it reads in the most forgiving way (another test judges
     * it): any family and canonical name, an IPv6 address in any text of the same address, entries of types it does
     * not expect left out.
     */
    private enum Judged { FAMILY, TYPES, CANONICAL_NAME, IPV6_TEXT }

    /** Runs DetailSocket and compares its entries, in any order, with the expected ones, as far as the test judges them. */
    private static void expectEntries(Set<Judged> judged, Subject detailSocket, String host, String service, List<String> expected) {
        Run run = detailSocket.start(host, service);
        int exit = run.awaitEnd();
        List<String> lines = run.stdout();
        Set<String> types = expected.stream().map(entry -> entry.split("\n")[1]).collect(Collectors.toSet());
        List<String> entries = new ArrayList<>();
        for (int i = 0; i + 5 <= lines.size(); i += 5) {
            if (judged.contains(Judged.TYPES) || types.contains(lines.get(i + 1))) {
                entries.add(read(judged, lines.subList(i, i + 5)));
            }
        }
        List<String> missing = new ArrayList<>(expected);
        List<String> extra = new ArrayList<>();
        for (String entry : entries) {
            int wanted = missing.stream().map(one -> read(judged, List.of(one.split("\n")))).toList().indexOf(entry);
            if (wanted < 0) {
                extra.add(entry);
            } else {
                missing.remove(wanted);
            }
        }
        boolean right = exit == 0 && lines.size() % 5 == 0 && missing.isEmpty() && extra.isEmpty();
        Expect.that(right, "for \"%s %s\" expected %d entries of five lines (exit code 0); got exit code %d and %d line(s)%s%s",
                "untuk \"%s %s\" diharapkan %d entri lima baris (kode keluar 0); ternyata kode keluar %d dan %d baris%s%s",
                host, service, expected.size(), exit, lines.size(),
                missing.isEmpty() ? "" : "; missing: " + oneLine(missing.get(0)),
                extra.isEmpty() ? "" : "; unexpected: " + oneLine(extra.get(0)));
    }

    /** An entry's five lines as the test compares them: the fields it does not judge read as any value. */
    private static String read(Set<Judged> judged, List<String> five) {
        List<String> read = new ArrayList<>(five);
        if (!judged.contains(Judged.FAMILY)) {
            read.set(0, "Family : *");
        }
        if (!judged.contains(Judged.CANONICAL_NAME)) {
            read.set(3, "Canonical name: *");
        }
        Matcher ipv6 = IPV6_ADDRESS.matcher(read.get(4));
        if (!judged.contains(Judged.IPV6_TEXT) && ipv6.find()) {
            read.set(4, read.get(4).substring(0, ipv6.start(1)) + sameAddress(ipv6.group(1)) + read.get(4).substring(ipv6.end(1)));
        }
        return String.join("\n", read);
    }

    /** An IPv6 address literal in one text whatever the text it came in (a literal is parsed, never looked up). */
    private static String sameAddress(String literal) {
        try {
            return InetAddress.getByName(literal).getHostAddress();
        } catch (UnknownHostException e) {
            return literal;
        }
    }

    private static String oneLine(String entry) {
        return "[" + entry.replace("\n", " | ") + "]";
    }
}
