package socketlab.grader.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import socketlab.grader.TestRepository;

/**
 * The README's command 2, {@code ./test.sh}: as a user who is not root it lists what is missing, one line each, and
 * stops before any test runs (the root path, which installs and starts everything, is what .ci/run takes on CI).
 */
final class TestScriptTest {

    @Test
    void asAUserWhoIsNotRootItListsWhatIsMissingOneLineEachAndRunsNoTest() throws IOException, InterruptedException {
        // a copy that any user may read: the non-root path needs nothing of the repository beside it
        Path folder = Files.createTempDirectory("test-sh", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Path copy = Files.copy(TestRepository.root().resolve("test.sh"), folder.resolve("test.sh"));
        Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
        String script = copy.toString();
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("runuser", "-u", "nobody", "--"));
        }
        command.addAll(List.of("bash", script));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("test.sh ended").isTrue();
        List<String> lines = output.lines().toList();
        Files.delete(copy);
        Files.delete(folder);
        assertAll(
                () -> assertThat(process.exitValue()).as(output).isEqualTo(1),
                () -> assertThat(lines).first().isEqualTo("test.sh: missing what the tests need (nothing was run):"),
                () -> assertThat(lines).as("one line each")
                        .contains("  root, for the namespaces that simulate Windows and macOS (unshare): run as root")
                        .allSatisfy(line -> assertThat(line).matches("test\\.sh: .*|  \\S.*")),
                () -> assertThat(output).as("no test ran, nothing was installed").doesNotContain("./mvnw", "installing", "Tests run"));
    }

    @Test
    void ciRunsTheReadmesCommandTwo() throws IOException {
        assertAll(
                () -> assertThat(Files.readString(TestRepository.root().resolve(".ci/run"))).contains("exec ./test.sh"),
                () -> assertThat(Files.readString(TestRepository.root().resolve("README.md"))).contains("./test.sh                 # 2. the tests"),
                () -> assertThat(Files.readString(TestRepository.root().resolve("test.sh"))).contains("exec ./mvnw -B -ntp verify -Pstrict"));
    }
}
