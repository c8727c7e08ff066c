package socketlab.grader.solutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static socketlab.grader.solutions.Programs.LAUNCHER;
import static socketlab.grader.solutions.Programs.exitCode;
import static socketlab.grader.solutions.Programs.listeningPort;
import static socketlab.grader.solutions.Programs.seed;

import java.io.IOException;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import socketlab.grader.course.Exercise;
import socketlab.grader.launch.RunningProgram;

/**
 * The reference solutions talk to the seed's own programs, run under Python 3 with only the print/bytes
 * port, in both directions: Java servers with the seed's client, the Java client with the seed's servers; and the UDP
 * exercises with the course's own Python programs in the seed's style, both ways.
 */
@Tag("proof")
@Timeout(60)
final class SeedInteropTest {

    @Test
    void serverKuGreetsTheSeedsClientAndPrintsItsAnswer() throws IOException {
        try (RunningProgram serverKu = LAUNCHER.start(Programs.of(Exercise.SERVER), List.of("--host", "127.0.0.1", "--port", "0"));
             RunningProgram clientku = LAUNCHER.start(seed("clientku.py", "127.0.0.1", port(serverKu)), List.of())) {
            int clientExit = exitCode(clientku);
            int serverExit = exitCode(serverKu);
            assertAll(
                    () -> assertThat(clientku.stdout()).as("clientku.py printed")
                            .startsWith("Terima Kasih karena telah berkomunikasi dengan ServerKu"),
                    () -> assertThat(serverKu.stdout()).as("ServerKu printed")
                            .anyMatch(line -> line.matches("127\\.0\\.0\\.1:\\d+ Selamat Anda Sudah Terhubung dengan ServerKu"))
                            .contains("Client: Hai Serverku.py, Clientku.py ingin berkomunikasi"),
                    () -> assertThat(clientExit).as("clientku.py exit code, stderr %s", clientku.stderr()).isZero(),
                    () -> assertThat(serverExit).as("ServerKu exit code, stderr %s", serverKu.stderr()).isZero());
        }
    }

    @Test
    void serverKu2ThanksTheSeedsClient() throws IOException {
        try (RunningProgram serverKu2 = LAUNCHER.start(Programs.of(Exercise.LOOPING_SERVER),
                     List.of("--host", "127.0.0.1", "--port", "0", "--max-clients", "1"));
             RunningProgram clientku = LAUNCHER.start(seed("clientku.py", "127.0.0.1", port(serverKu2)), List.of())) {
            int clientExit = exitCode(clientku);
            int serverExit = exitCode(serverKu2);
            assertAll(
                    () -> assertThat(clientku.stdout()).as("clientku.py printed").startsWith("Thank you for connecting"),
                    () -> assertThat(serverKu2.stdout()).as("ServerKu2 printed")
                            .anyMatch(line -> line.matches("127\\.0\\.0\\.1:\\d+ Now Connected")),
                    () -> assertThat(clientExit).as("clientku.py exit code, stderr %s", clientku.stderr()).isZero(),
                    () -> assertThat(serverExit).as("ServerKu2 exit code, stderr %s", serverKu2.stderr()).isZero());
        }
    }

    @Test
    void clientKuTalksToTheSeedsServer() throws IOException {
        try (RunningProgram serverku = LAUNCHER.start(seed("serverku.py", "127.0.0.1", "0"), List.of());
             RunningProgram clientKu = LAUNCHER.start(Programs.of(Exercise.CLIENT), List.of("--port", port(serverku)))) {
            int clientExit = exitCode(clientKu);
            int serverExit = exitCode(serverku);
            assertAll(
                    () -> assertThat(clientKu.stdout()).as("ClientKu printed")
                            .containsExactly("Terima Kasih karena telah berkomunikasi dengan Serverku.py"),
                    () -> assertThat(serverku.stdout()).as("serverku.py printed")
                            .anyMatch(line -> line.matches("\\('127\\.0\\.0\\.1', \\d+\\) Selamat Anda Sudah Terhubung dengan Serverku.py")),
                    () -> assertThat(clientExit).as("ClientKu exit code, stderr %s", clientKu.stderr()).isZero(),
                    () -> assertThat(serverExit).as("serverku.py exit code, stderr %s", serverku.stderr()).isZero());
        }
    }

    @Test
    void clientKuTalksToTheSeedsLoopingServer() throws IOException {
        try (RunningProgram serverku2 = LAUNCHER.start(seed("serverku2.py", "127.0.0.1", "0"), List.of());
             RunningProgram clientKu = LAUNCHER.start(Programs.of(Exercise.CLIENT), List.of("--port", port(serverku2)))) {
            int clientExit = exitCode(clientKu);
            assertAll(
                    () -> assertThat(clientKu.stdout()).as("ClientKu printed").containsExactly("Thank you for connecting"),
                    () -> assertThat(serverku2.awaitLine(line -> line.endsWith(" Now Connected"), Programs.LIMIT))
                            .as("serverku2.py printed, stderr %s", serverku2.stderr())
                            .hasValueSatisfying(line -> assertThat(line).matches("\\('127\\.0\\.0\\.1', \\d+\\) Now Connected")),
                    () -> assertThat(clientExit).as("ClientKu exit code, stderr %s", clientKu.stderr()).isZero());
        }
    }

    @Test
    void serverUdpKuAnswersTheCoursesPythonPinger() throws IOException {
        try (RunningProgram serverUdpKu = LAUNCHER.start(Programs.of(Exercise.UDP_SERVER),
                     List.of("--host", "127.0.0.1", "--port", "0", "--max-datagrams", "3"));
             RunningProgram pingku = LAUNCHER.start(Programs.course("pingku.py", "127.0.0.1", port(serverUdpKu), "3"), List.of())) {
            int pingExit = exitCode(pingku);
            int serverExit = exitCode(serverUdpKu);
            assertAll(
                    () -> assertThat(pingku.stdout()).as("pingku.py printed, stderr %s", pingku.stderr()).hasSize(4)
                            .last().isEqualTo("3 sent, 3 received, 0.0% loss"),
                    () -> assertThat(serverUdpKu.stdout()).as("ServerUdpKu printed")
                            .anyMatch(line -> line.matches("127\\.0\\.0\\.1:\\d+ Ping 1 \\d+")),
                    () -> assertThat(pingExit).as("pingku.py exit code").isZero(),
                    () -> assertThat(serverExit).as("ServerUdpKu exit code, stderr %s", serverUdpKu.stderr()).isZero());
        }
    }

    @Test
    void pingKuPingsTheCoursesPythonServer() throws IOException {
        try (RunningProgram serverudpku = LAUNCHER.start(Programs.course("serverudpku.py", "127.0.0.1", "0"), List.of());
             RunningProgram pingKu = LAUNCHER.start(Programs.of(Exercise.UDP_PING), List.of("--port", port(serverudpku), "--count", "3"))) {
            int pingExit = exitCode(pingKu);
            assertAll(
                    () -> assertThat(pingKu.stdout()).as("PingKu printed, stderr %s", pingKu.stderr()).hasSize(5)
                            .contains("3 sent, 3 received, 0.0% loss")
                            .allMatch(line -> !line.equals("Request timed out")),
                    () -> assertThat(serverudpku.awaitLine(line -> line.contains(") Ping 3 "), Programs.LIMIT))
                            .as("serverudpku.py printed, stderr %s", serverudpku.stderr()).isPresent(),
                    () -> assertThat(pingExit).as("PingKu exit code").isZero());
        }
    }

    @Test
    void serverPesanKuAnswersTheCoursesPythonClient() throws IOException {
        try (RunningProgram serverPesanKu = LAUNCHER.start(Programs.of(Exercise.FRAMED_SERVER),
                     List.of("--host", "127.0.0.1", "--port", "0", "--max-clients", "1"));
             RunningProgram clientpesanku = LAUNCHER.start(Programs.course("clientpesanku.py", "127.0.0.1", port(serverPesanKu)), List.of())) {
            int clientExit = exitCode(clientpesanku);
            int serverExit = exitCode(serverPesanKu);
            assertAll(
                    () -> assertThat(clientpesanku.stdout()).as("clientpesanku.py printed, stderr %s", clientpesanku.stderr())
                            .containsExactly("Sent 52 bytes", "Sent 0 bytes", "Sent 5 bytes", "Server: 52 50eac4b3",
                                    "Server: 5 " + crcOf(new byte[] {0, '\n', '\r', (byte) 0xff, 0}), "File: 1048577 bytes, CRC32 "
                                    + crcOf(fileOf(1024 * 1024 + 1))),
                    () -> assertThat(serverPesanKu.stdout()).as("ServerPesanKu printed")
                            .anyMatch(line -> line.matches("127\\.0\\.0\\.1:\\d+ 0 00000000")),
                    () -> assertThat(clientExit).as("clientpesanku.py exit code").isZero(),
                    () -> assertThat(serverExit).as("ServerPesanKu exit code, stderr %s", serverPesanKu.stderr()).isZero());
        }
    }

    @Test
    void serverKu3ServesTwoOfTheSeedsClientsAtOnce() throws IOException {
        try (RunningProgram serverKu3 = LAUNCHER.start(Programs.of(Exercise.CONCURRENT_SERVER),
                List.of("--host", "127.0.0.1", "--port", "0", "--max-clients", "2"));
             RunningProgram first = LAUNCHER.start(seed("clientku.py", "127.0.0.1", port(serverKu3)), List.of());
             RunningProgram second = LAUNCHER.start(seed("clientku.py", "127.0.0.1", port(serverKu3)), List.of())) {
            int firstExit = exitCode(first);
            int secondExit = exitCode(second);
            int serverExit = exitCode(serverKu3);
            assertAll(
                    () -> assertThat(first.stdout()).as("the first clientku.py printed").startsWith("Thank you for connecting"),
                    () -> assertThat(second.stdout()).as("the second clientku.py printed").startsWith("Thank you for connecting"),
                    () -> assertThat(serverKu3.stdout()).as("ServerKu3 printed")
                            .filteredOn(line -> line.matches("127\\.0\\.0\\.1:\\d+ Client: Hai Serverku\\.py, Clientku\\.py ingin berkomunikasi"))
                            .hasSize(2),
                    () -> assertThat(List.of(firstExit, secondExit)).as("clientku.py exit codes").containsOnly(0),
                    () -> assertThat(serverExit).as("ServerKu3 exit code, stderr %s", serverKu3.stderr()).isZero());
        }
    }

    /** The file ServerPesanKu sends by default (its given command makes it): byte i is (byte) (i * 31 + i / 251). */
    private static byte[] fileOf(int size) {
        byte[] file = new byte[size];
        for (int i = 0; i < size; i++) {
            file[i] = (byte) (i * 31 + i / 251);
        }
        return file;
    }

    private static String crcOf(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return String.format("%08x", crc.getValue());
    }

    private static String port(RunningProgram server) {
        return String.valueOf(listeningPort(server));
    }
}
