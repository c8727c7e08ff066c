package socketlab.grader.solutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static socketlab.grader.solutions.Programs.LAUNCHER;
import static socketlab.grader.solutions.Programs.exitCode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import socketlab.grader.launch.Program;
import socketlab.grader.launch.RunningProgram;

/**
 * DetailSocket prints the same address-info entries as the seed's detailsocket.py under Python 3 on
 * this machine, for host names and literals with service names, an alias and a port number. Both use
 * the system's resolver here (localhost comes from /etc/hosts; nothing asks DNS).
 */
@Tag("proof")
@Timeout(60)
final class DetailSocketMatchesPythonTest {

    static Stream<Arguments> hostsAndServices() {
        List<Arguments> cases = new ArrayList<>();
        for (String host : List.of("localhost", "127.0.0.1", "::1")) {
            for (String service : List.of("http", "ntp", "domain", "www", "22")) {
                cases.add(Arguments.of(host, service));
            }
        }
        // IPv6 texts shortened as inet_ntop does, a scope id, an IPv4-compatible address, a short IPv4 form
        for (String literal : List.of("2001:db8:0:0:1:0:0:1", "2001:0:0:1:0:0:0:1", "::", "::1.2.3.4", "fe80::1%1", "127.1")) {
            cases.add(Arguments.of(literal, "8080"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("hostsAndServices")
    void printsTheEntriesPythonGives(String host, String service) throws IOException {
        Program detailSocket = Programs.solution("address-detail", "socketlab.addressdetail.DetailSocket", List.of());
        Program detailsocketPy = Programs.seed("detailsocket.py", host, "0").with("SEED_SERVICE", service);
        try (RunningProgram java = LAUNCHER.start(detailSocket, List.of(host, service));
             RunningProgram python = LAUNCHER.start(detailsocketPy, List.of())) {
            int javaExit = exitCode(java);
            int pythonExit = exitCode(python);
            assertAll(
                    () -> assertThat(entries(java.stdout())).as("DetailSocket's entries for %s %s", host, service)
                            .isNotEmpty()
                            .containsExactlyInAnyOrderElementsOf(entries(python.stdout())),
                    () -> assertThat(javaExit).as("DetailSocket exit code, stderr %s", java.stderr()).isZero(),
                    () -> assertThat(pythonExit).as("detailsocket.py exit code, stderr %s", python.stderr()).isZero());
        }
    }

    /** The printed lines in groups of five, one group per address-info entry. */
    private static List<String> entries(List<String> lines) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i + 5 <= lines.size(); i += 5) {
            entries.add(String.join("\n", lines.subList(i, i + 5)));
        }
        assertThat(lines.size() % 5).as("lines left over after the groups of five: %s", lines).isZero();
        return entries;
    }
}
