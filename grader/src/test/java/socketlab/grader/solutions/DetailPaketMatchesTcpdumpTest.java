package socketlab.grader.solutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static socketlab.grader.solutions.Programs.LAUNCHER;
import static socketlab.grader.solutions.Programs.REPOSITORY;
import static socketlab.grader.solutions.Programs.exitCode;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import socketlab.grader.launch.RunningProgram;

/**
 * tcpdump is the oracle of DetailPaket's reference: on every capture the hidden tests use, each packet's addresses,
 * ports, TCP flags, lengths and fragment offsets, ICMP echoes and port unreachables and ARP requests and replies as the
 * reference prints them are those {@code tcpdump -nn -tt -v -r} prints; the lines the grader expects are the
 * reference's own, for every capture; and craft.py writes the crafted captures byte for byte.
 */
@Tag("proof")
@Timeout(60)
final class DetailPaketMatchesTcpdumpTest {
    private static final Path CRAFTED = REPOSITORY.resolve("grader/captures/crafted");
    private static final Path REAL = REPOSITORY.resolve("handouts/captures");
    private static final Path EXPECTED = REPOSITORY.resolve("grader/captures/expected");
    /** A packet's line of the reference: its protocol, its two ends, and what follows. */
    private static final Pattern LINE = Pattern.compile("^\\d+ \\S+(?: eth \\S+ > \\S+)?(?: vlan \\d+| cooked \\S+)* (TCP|UDP) (\\S+) > (\\S+)"
            + "( fragment \\d+\\+?)?( \\[[^]]+])?.*? length (\\d+)");
    /** An ICMP or ARP line of the reference: its words after the addresses. */
    private static final Pattern OTHER = Pattern.compile("^\\d+ \\S+(?: eth \\S+ > \\S+)?(?: vlan \\d+| cooked \\S+)* "
            + "(?:ICMP6?|ARP) (?:\\S+ > \\S+ )?(echo .*|port unreachable: .*|who-has .*|\\S+ is-at \\S+)$");

    /** Every capture DetailPaket reads to its end (the grader keeps its lines), crafted and real. */
    static Stream<Path> captures() throws IOException {
        try (Stream<Path> crafted = Files.list(CRAFTED); Stream<Path> real = Files.list(REAL)) {
            return Stream.concat(crafted, real).filter(file -> Files.exists(EXPECTED.resolve(file.getFileName().toString()
                    .replace(".pcap", ".lines")))).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void everyTcpAndUdpPacketAgreesWithTcpdump(Path capture) throws IOException {
        assumeTrue(onPath("tcpdump"), "skipped: no tcpdump on this machine (Debian: apt-get install tcpdump)");
        List<String> reference = reference(capture, false).stream().filter(line -> LINE.matcher(line).find()).toList();
        List<String> tcpdump = tcpdump(capture);
        for (String line : reference) {
            Matcher packet = LINE.matcher(line);
            assertThat(packet.find()).isTrue();
            int number = Integer.parseInt(line.substring(0, line.indexOf(' ')));
            String heard = tcpdump.get(number - 1);
            String flags = packet.group(5) == null ? "" : packet.group(5).strip();
            String[] from = end(packet.group(2));
            String[] to = end(packet.group(3));
            // tcpdump writes "a.p > b.q:", or, after IPv6 extension headers, "a > b: … p > q:"
            assertThat(heard).as("tcpdump's packet %d of %s, for the reference's \"%s\"", number, capture.getFileName(), line)
                    .containsAnyOf(from[0] + "." + from[1] + " > " + to[0] + "." + to[1] + ":", from[1] + " > " + to[1] + ": ")
                    .contains(from[0]).contains(to[0])
                    .contains(flags.isEmpty() ? "" : "Flags " + flags)
                    .containsPattern("length " + packet.group(6) + "(?!\\d)");
            if (packet.group(4) != null) {
                String offset = packet.group(4).strip().replace("fragment ", "").replace("+", "");
                assertThat(heard).as("tcpdump's fragment offset of packet %d of %s", number, capture.getFileName())
                        .containsPattern("offset " + offset + "\\b|frag \\(\\S+:" + offset + "\\|");
            }
        }
        for (String line : reference(capture, false)) {
            Matcher other = OTHER.matcher(line);
            if (other.find()) {
                int number = Integer.parseInt(line.substring(0, line.indexOf(' ')));
                assertThat(tcpdump.get(number - 1)).as("tcpdump's packet %d of %s, for the reference's \"%s\"", number,
                        capture.getFileName(), line).contains(tcpdumpWords(other.group(1)));
            }
        }
    }

    /** An ICMP or ARP line's words as tcpdump writes them. */
    private static String tcpdumpWords(String words) {
        Matcher echo = Pattern.compile("^echo (request|reply) id (\\d+) seq (\\d+)$").matcher(words);
        if (echo.matches()) {
            return "echo " + echo.group(1) + ", id " + echo.group(2) + ", seq " + echo.group(3);
        }
        Matcher unreachable = Pattern.compile("^port unreachable: UDP \\S+ > (\\S+)$").matcher(words);
        if (unreachable.matches()) {
            String[] to = end(unreachable.group(1));
            return to[0] + " udp port " + to[1];
        }
        Matcher request = Pattern.compile("^who-has (\\S+) tell (\\S+)$").matcher(words);
        if (request.matches()) {
            return "Request who-has " + request.group(1) + " tell " + request.group(2);
        }
        return "Reply " + words;
    }

    /** A reference end "ip:port" or "[ip6]:port": its address and port. */
    private static String[] end(String end) {
        int colon = end.lastIndexOf(':');
        return new String[] {end.substring(0, colon).replace("[", "").replace("]", ""), end.substring(colon + 1)};
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("captures")
    void theGraderExpectsTheReferencesLines(Path capture) throws IOException {
        String name = capture.getFileName().toString().replace(".pcap", "");
        assertThat(reference(capture, false)).as("the reference's lines for %s", name)
                .isEqualTo(Files.readAllLines(EXPECTED.resolve(name + ".lines")));
        Path payload = EXPECTED.resolve(name + ".payload.lines");
        if (Files.exists(payload)) {
            assertThat(reference(capture, true)).as("the reference's lines for %s with --payload", name).isEqualTo(Files.readAllLines(payload));
        }
    }

    @Test
    void craftPyWritesTheCraftedCapturesByteForByte(@TempDir Path folder) throws IOException, InterruptedException {
        assumeTrue(onPath("python3"), "skipped: no python3 on this machine");
        Process craft = new ProcessBuilder("python3", REPOSITORY.resolve("grader/captures/craft.py").toString(), folder.toString())
                .redirectErrorStream(true).start();
        assertThat(craft.waitFor()).as("craft.py's exit code; it printed %s", new String(craft.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8)).isZero();
        try (Stream<Path> committed = Files.list(CRAFTED)) {
            for (Path file : committed.toList()) {
                assertThat(folder.resolve(file.getFileName())).as("craft.py's %s", file.getFileName()).hasSameBinaryContentAs(file);
            }
        }
    }

    private static List<String> reference(Path capture, boolean payload) throws IOException {
        List<String> args = payload ? List.of("--payload", capture.toString()) : List.of(capture.toString());
        try (RunningProgram detailPaket = LAUNCHER.start(Programs.solution("packet-detail", "socketlab.packetdetail.DetailPaket"), args)) {
            assertThat(exitCode(detailPaket)).as("DetailPaket's exit code for %s; stderr %s", capture, detailPaket.stderr()).isZero();
            return detailPaket.stdout();
        }
    }

    /** tcpdump's lines for the capture, one per packet (a line and the indented lines after it joined). */
    private static List<String> tcpdump(Path capture) throws IOException {
        Process tcpdump = new ProcessBuilder("tcpdump", "-nn", "-tt", "-v", "-r", capture.toString()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> packets = new ArrayList<>();
        for (String line : new String(tcpdump.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
            if (line.startsWith(" ") || line.startsWith("\t")) {
                packets.set(packets.size() - 1, packets.get(packets.size() - 1) + " " + line.strip());
            } else {
                packets.add(line);
            }
        }
        return packets;
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
    }
}
