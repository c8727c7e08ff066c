package socketlab.handouts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The kit's Maven Wrapper scripts, as maven-wrapper-distribution ships them, with two additions for a student's first
 * hour: the one line said when the wrapper fetches Maven (once; it is otherwise silent for a minute), and, after
 * Maven, the self-checks' short scorecard ({@code selfcheck/.../Scorecard.java}), with Maven's exit code kept. Each
 * addition goes in at a line of the upstream script; a script without that line stops the build (a new wrapper
 * version to look at), never a kit without them.
 */
final class KitWrapper {
    static final String FETCHING_EN = "mvnw: fetching Maven, once (about 10 MB, into the .m2 folder in your home); later runs start at once";
    static final String FETCHING_ID = "mvnw: mengunduh Maven, sekali saja (sekitar 10 MB, ke folder .m2 di home Anda); berikutnya langsung mulai";
    static final String SCORECARD = "selfcheck/src/main/java/socketlab/selfcheck/Scorecard.java";

    private KitWrapper() {
    }

    /** mvnw (POSIX sh): the fetch line, in the language of LC_ALL or LANG; Maven run, then the scorecard. */
    static byte[] sh(byte[] upstream) throws IOException {
        String script = new String(upstream, StandardCharsets.UTF_8);
        script = insertBefore(script, "verbose \"Couldn't find MAVEN_HOME, downloading and installing it ...\"",
                "case \"${LC_ALL:-${LANG:-}}\" in id*) printf '%s\\n' \"" + FETCHING_ID + "\" >&2 ;; *) printf '%s\\n' \""
                        + FETCHING_EN + "\" >&2 ;; esac\n");
        return replace(script, "  exec \"$MAVEN_HOME/bin/$MVN_CMD\" \"$@\" || die \"cannot exec $MAVEN_HOME/bin/$MVN_CMD\"\n", String.join("\n",
                "  # socket-lab: Maven, then the short scorecard of the self-checks this run wrote; Maven's exit code stays",
                "  socketlab_kit=\"$(cd \"$(dirname \"$0\")\" && pwd)\"",
                "  socketlab_started=\"$(mktemp)\"",
                "  socketlab_exit=0",
                "  \"$MAVEN_HOME/bin/$MVN_CMD\" \"$@\" || socketlab_exit=$?",
                "  if [ -f \"$socketlab_kit/" + SCORECARD + "\" ]; then",
                "    \"${JAVA_HOME:+$JAVA_HOME/bin/}java\" \"$socketlab_kit/" + SCORECARD + "\" \"$socketlab_started\" \"$@\" || :",
                "  fi",
                "  rm -f -- \"$socketlab_started\"",
                "  exit \"$socketlab_exit\"", ""));
    }

    /** mvnw.cmd (cmd, with PowerShell inside): the fetch line, in the language of Windows' culture; Maven, then the scorecard. */
    static byte[] cmd(byte[] upstream) throws IOException {
        String script = new String(upstream, StandardCharsets.UTF_8);
        String eol = script.contains("\r\n") ? "\r\n" : "\n";
        script = insertBefore(script, "Write-Verbose \"Couldn't find MAVEN_HOME, downloading and installing it ...\"",
                "if ((Get-Culture).Name -like 'id*') { [Console]::Error.WriteLine(\"" + FETCHING_ID + "\") } else { [Console]::Error.WriteLine(\""
                        + FETCHING_EN + "\") }" + eol);
        // CALL, so that the script goes on after mvn.cmd (without it, cmd never comes back to this file)
        return replace(script, "@IF NOT \"%__MVNW_CMD__%\"==\"\" (\"%__MVNW_CMD__%\" %*)" + eol, String.join(eol,
                "@REM socket-lab: Maven, then the short scorecard of the self-checks this run wrote; Maven's exit code stays",
                "@IF \"%__MVNW_CMD__%\"==\"\" GOTO socketlabNoMaven",
                "@SET \"__SOCKETLAB_STARTED__=%TEMP%\\socketlab-%RANDOM%%RANDOM%.started\"",
                "@TYPE NUL > \"%__SOCKETLAB_STARTED__%\"",
                "@CALL \"%__MVNW_CMD__%\" %*",
                "@SET __SOCKETLAB_EXIT__=%ERRORLEVEL%",
                "@SET \"__SOCKETLAB_JAVA__=java\"",
                "@IF DEFINED JAVA_HOME SET \"__SOCKETLAB_JAVA__=%JAVA_HOME%\\bin\\java\"",
                "@IF EXIST \"%~dp0" + SCORECARD.replace('/', '\\') + "\" \"%__SOCKETLAB_JAVA__%\" \"%~dp0" + SCORECARD.replace('/', '\\')
                        + "\" \"%__SOCKETLAB_STARTED__%\" %*",
                "@DEL \"%__SOCKETLAB_STARTED__%\" 2>NUL",
                "@EXIT /B %__SOCKETLAB_EXIT__%",
                ":socketlabNoMaven", ""));
    }

    private static String insertBefore(String script, String line, String inserted) throws IOException {
        return replaceText(script, line, inserted + line);
    }

    private static byte[] replace(String script, String line, String replacement) throws IOException {
        return replaceText(script, line, replacement).getBytes(StandardCharsets.UTF_8);
    }

    private static String replaceText(String script, String line, String replacement) throws IOException {
        if (!script.contains(line)) {
            throw new IOException("the Maven Wrapper's script has no line '" + line.strip() + "' any more: look at the new wrapper "
                    + "version, and at KitWrapper, which adds the kit's lines there");
        }
        return script.replace(line, replacement);
    }
}
