package socketlab.handouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kit's wrapper scripts as {@link KitWrapper} makes them from the Maven Wrapper's own (the project's copies, the
 * same version). mvnw runs in StudentKitIT; mvnw.cmd cannot run here (no Windows), so its batch part is read as cmd
 * reads it: Maven is CALLed (without CALL, cmd never comes back to run the scorecard), Maven's exit code is the
 * script's, and the fetch line sits in the PowerShell part, on standard error (cmd's FOR /F reads standard output).
 */
final class KitWrapperTest {
    @Test
    void theCmdScriptCallsMavenThenTheScorecardAndEndsWithMavensExitCode() throws IOException {
        String cmd = new String(KitWrapper.cmd(Files.readAllBytes(StudentKitIT.REPOSITORY.resolve("mvnw.cmd"))), StandardCharsets.UTF_8);
        List<String> batch = cmd.substring(0, cmd.indexOf(": end batch / begin powershell #>")).lines().toList();
        String powershell = cmd.substring(cmd.indexOf(": end batch / begin powershell #>"));
        int call = batch.indexOf("@CALL \"%__MVNW_CMD__%\" %*");
        assertAll(
                () -> assertThat(cmd).as("cmd's line ends kept").doesNotContain("\r\r").contains("@EXIT /B %__SOCKETLAB_EXIT__%\r\n"),
                () -> assertThat(call).as("Maven CALLed").isPositive(),
                () -> assertThat(batch.get(call + 1)).as("Maven's exit code kept at once").isEqualTo("@SET __SOCKETLAB_EXIT__=%ERRORLEVEL%"),
                () -> assertThat(batch).filteredOn(line -> line.contains("Scorecard.java")).singleElement().asString()
                        .contains("%~dp0selfcheck\\src\\main\\java\\socketlab\\selfcheck\\Scorecard.java", "\"%__SOCKETLAB_STARTED__%\" %*"),
                () -> assertThat(batch.subList(call, batch.size())).as("the script's end, in order").containsSubsequence(
                        "@EXIT /B %__SOCKETLAB_EXIT__%", ":socketlabNoMaven", "@echo Cannot start maven from wrapper >&2 && exit /b 1"),
                () -> assertThat(batch).as("no bare start of Maven, which would never come back")
                        .noneMatch(line -> line.contains("(\"%__MVNW_CMD__%\" %*)")),
                () -> assertThat(powershell).contains("[Console]::Error.WriteLine(\"" + KitWrapper.FETCHING_EN + "\")",
                        "[Console]::Error.WriteLine(\"" + KitWrapper.FETCHING_ID + "\")"));
    }

    @Test
    void theShScriptSaysTheFetchOnStandardErrorInTheUsersLanguageAndKeepsMavensExitCode() throws IOException {
        String sh = new String(KitWrapper.sh(Files.readAllBytes(StudentKitIT.REPOSITORY.resolve("mvnw"))), StandardCharsets.UTF_8);
        assertAll(
                () -> assertThat(sh).contains("case \"${LC_ALL:-${LANG:-}}\" in id*) printf '%s\\n' \"" + KitWrapper.FETCHING_ID + "\" >&2"),
                () -> assertThat(sh).contains("\"$MAVEN_HOME/bin/$MVN_CMD\" \"$@\" || socketlab_exit=$?", "exit \"$socketlab_exit\"")
                        .doesNotContain("exec \"$MAVEN_HOME/bin/$MVN_CMD\""));
    }

    @Test
    void aWrapperWithoutTheLinesItChangesStopsTheKitsBuild() {
        assertThatThrownBy(() -> KitWrapper.sh("#!/bin/sh\necho a newer wrapper\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class).hasMessageContaining("look at the new wrapper version");
    }
}
