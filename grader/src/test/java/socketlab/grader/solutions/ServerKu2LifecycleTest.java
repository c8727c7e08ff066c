package socketlab.grader.solutions;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;
import static socketlab.grader.solutions.Programs.LAUNCHER;
import static socketlab.grader.solutions.Programs.exitCode;
import static socketlab.grader.solutions.Programs.listeningPort;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import socketlab.grader.course.Exercise;
import socketlab.grader.launch.RunningProgram;

/** ServerKu2 keeps serving past broken clients and stops cleanly on SIGTERM. */
@Timeout(60)
final class ServerKu2LifecycleTest {

    @Test
    void keepsServingAfterClientsThatResetOrLeaveAtOnce() throws IOException {
        try (RunningProgram serverKu2 = LAUNCHER.start(Programs.of(Exercise.LOOPING_SERVER),
                List.of("--host", "127.0.0.1", "--port", "0", "--max-clients", "3"))) {
            int port = listeningPort(serverKu2);
            try (Socket resetting = new Socket(InetAddress.getLoopbackAddress(), port)) {
                resetting.setSoLinger(true, 0);
            }
            new Socket(InetAddress.getLoopbackAddress(), port).close();
            String received;
            try (Socket polite = new Socket(InetAddress.getLoopbackAddress(), port)) {
                polite.setSoTimeout(5000);
                received = new String(polite.getInputStream().readAllBytes(), UTF_8);
            }
            int exit = exitCode(serverKu2);
            assertAll(
                    () -> assertThat(received).as("what the third client received").isEqualTo("Thank you for connecting\n"),
                    () -> assertThat(serverKu2.stdout()).as("ServerKu2 printed")
                            .filteredOn(line -> line.endsWith(" Now Connected")).hasSize(3),
                    () -> assertThat(exit).as("exit code after --max-clients 3, stderr %s", serverKu2.stderr()).isZero());
        }
    }

    @Test
    void stopsCleanlyOnSigterm() throws IOException {
        try (RunningProgram serverKu2 = LAUNCHER.start(Programs.of(Exercise.LOOPING_SERVER), List.of("--host", "127.0.0.1", "--port", "0"))) {
            int port = listeningPort(serverKu2);
            serverKu2.terminate();
            int exit = exitCode(serverKu2);
            assertAll(
                    () -> assertThat(exit).as("exit code after SIGTERM").isEqualTo(128 + 15),
                    () -> assertThat(serverKu2.stdout()).as("ServerKu2 printed").last()
                            .isEqualTo("ServerKu2 stopped after 0 client(s)"),
                    () -> assertThat(serverKu2.stderr()).as("ServerKu2 stderr").isEmpty(),
                    () -> assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                            .as("connecting after the stop").isInstanceOf(ConnectException.class));
        }
    }
}
