package socketlab.grader.solutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static socketlab.grader.solutions.Programs.LAUNCHER;
import static socketlab.grader.solutions.Programs.exitCode;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import socketlab.grader.launch.Program;
import socketlab.grader.launch.RunningProgram;

/**
 * The given command line of each program, written with the JDK alone: help in both languages, the version, and
 * a wrong option or argument in one line with exit code 2.
 */
@Timeout(60)
final class CommandLinesTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource({
        "server, socketlab.server.ServerKu, --port, --port",
        "looping-server, socketlab.loopingserver.ServerKu2, --max-clients, --max-clients",
        "client, socketlab.client.ClientKu, --timeout, --timeout",
        "address-detail, socketlab.addressdetail.DetailSocket, a b c, c",
    })
    void helpsInBothLanguagesAndRejectsWrongArgumentsInOneLine(String module, String mainClass, String wrong, String named)
            throws IOException {
        String name = mainClass.substring(mainClass.lastIndexOf('.') + 1);
        Result english = run(Programs.solution(module, mainClass, List.of("-Duser.language=en")), "--help");
        Result indonesian = run(Programs.solution(module, mainClass, List.of("-Duser.language=id")), "--help");
        Result version = run(Programs.solution(module, mainClass), "-V");
        Result unknown = run(Programs.solution(module, mainClass), "--bogus");
        Result wrongArguments = run(Programs.solution(module, mainClass), wrong.split(" "));
        assertAll(
                () -> assertThat(english.exit()).as("--help exit code").isZero(),
                () -> assertThat(english.stdout()).as("English help").first().isEqualTo(name + " - the seed's "
                        + name.toLowerCase() + ".py in Java"),
                () -> assertThat(english.stdout()).as("English help").anyMatch(line -> line.startsWith("Usage: " + name)),
                () -> assertThat(indonesian.stdout()).as("Indonesian help").anyMatch(line -> line.startsWith("Pemakaian: " + name)),
                () -> assertThat(version.stdout()).as("-V").containsExactly(name + " (socket-lab) 1.0"),
                () -> assertThat(unknown.exit()).as("--bogus exit code").isEqualTo(2),
                () -> assertThat(unknown.stderr()).as("--bogus").containsExactly(name + ": unknown option: \"--bogus\" (see --help)"),
                () -> assertThat(wrongArguments.exit()).as("%s exit code", wrong).isEqualTo(2),
                () -> assertThat(wrongArguments.stderr()).as(wrong).singleElement().asString()
                        .startsWith(name + ": ").contains(named).endsWith("(see --help)"));
    }

    /** What a program printed and its exit code. */
    private record Result(int exit, List<String> stdout, List<String> stderr) {
    }

    private static Result run(Program program, String... args) throws IOException {
        try (RunningProgram running = LAUNCHER.start(program, List.of(args))) {
            int exit = exitCode(running);
            return new Result(exit, running.stdout(), running.stderr());
        }
    }
}
