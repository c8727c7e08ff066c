package socketlab.grader.selfchecks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The main class of a forked JVM that runs the kit's self-check classes, named in its arguments, as the kit's Maven
 * would, and prints one line a test on stdout: {@code RESULT<TAB>status<TAB>Class.method<TAB>message}, the message's
 * line ends written as {@code \n}. It runs whatever the class path holds: the stubs, the solutions or a mutant.
 */
public final class SelfCheckLauncher {
    /** What starts every result line. */
    static final String RESULT = "RESULT";

    private SelfCheckLauncher() {
    }

    public static void main(String[] classes) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(Arrays.stream(classes).map(name -> selectClass(name)).toList()).build();
        LauncherFactory.create().execute(request, new TestExecutionListener() {
            @Override
            public void executionSkipped(TestIdentifier test, String reason) {
                print(out, test, "SKIPPED", reason);
            }

            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                String message = result.getThrowable().map(thrown -> String.valueOf(thrown.getMessage())).orElse("");
                print(out, test, result.getStatus().name(), message);
            }
        });
    }

    private static void print(PrintStream out, TestIdentifier test, String status, String message) {
        if (test.getSource().orElse(null) instanceof MethodSource method) {
            out.println(RESULT + "\t" + status + "\t" + method.getClassName().replaceFirst(".*\\.", "") + "."
                    + method.getMethodName() + "\t" + message.replace("\r", "\\r").replace("\n", "\\n"));
        }
    }
}
