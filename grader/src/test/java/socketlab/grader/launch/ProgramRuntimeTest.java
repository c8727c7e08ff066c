package socketlab.grader.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The programs' runtime is the grader's JDK cut down to java.base, made once and reused. */
final class ProgramRuntimeTest {

    @Test
    void holdsJavaBaseAloneAndIsReused() throws IOException, InterruptedException {
        Assumptions.assumeTrue(ToolProvider.findFirst("jlink").isPresent(), "skipped: this JDK has no jlink, the programs run on it whole");
        Process listing = new ProcessBuilder(ProgramRuntime.java().toString(), "--list-modules").redirectErrorStream(true).start();
        String modules = new String(listing.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(listing.waitFor(30, TimeUnit.SECONDS)).as("java --list-modules ended").isTrue();
        assertThat(modules).as("the runtime's modules").startsWith("java.base@").doesNotContain("\n");
        assertThat(ProgramRuntime.java()).as("the runtime, asked again").isEqualTo(ProgramRuntime.java())
                .isNotEqualTo(ProgramRuntime.fullJdkJava());
    }
}
