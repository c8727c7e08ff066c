package socketlab.grader.cli;

import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Problem;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.grading.Settings;
import socketlab.grader.launch.Limits;

/**
 * The options of a grading run, shared by {@code grade}, {@code class} and the grader inside a sandbox, read
 * into one {@link Settings} value; their defaults are the value's own ({@link Settings#DEFAULT}, {@link Limits#DEFAULT}).
 */
@Command(resourceBundle = "socketlab.grader.cli.GradingOptions")
final class GradingOptions {

    @Option(names = "--tests-at-once", defaultValue = "" + Settings.TESTS_AT_ONCE, paramLabel = "<n>", descriptionKey = "testsAtOnce")
    int testsAtOnce;

    @Option(names = "--time-limit", defaultValue = "" + Settings.TIME_LIMIT_SECONDS, paramLabel = "<seconds>", descriptionKey = "timeLimit")
    int timeLimitSeconds;

    /** Null when not given: the reports are then in the course's language, and the messages in the machine's. */
    @Option(names = "--lang", paramLabel = "<lang>", completionCandidates = LangNames.class, descriptionKey = "lang")
    Lang lang;

    @Option(names = "--sandbox", defaultValue = "process", paramLabel = "<where>", completionCandidates = SandboxNames.class,
            descriptionKey = "sandbox")
    Settings.Sandbox sandbox;

    @Option(names = "--image", paramLabel = "<name>", descriptionKey = "image")
    String image;

    @Option(names = "--memory-limit", defaultValue = "" + Limits.MEMORY_MIB, paramLabel = "<MiB>", descriptionKey = "memoryLimit")
    int memoryMiB;

    @Option(names = "--cpu-limit", defaultValue = "" + Limits.CPUS, paramLabel = "<cpus>", descriptionKey = "cpuLimit")
    double cpus;

    @Option(names = "--process-limit", defaultValue = "" + Limits.PROCESSES, paramLabel = "<n>", descriptionKey = "processLimit")
    int processes;

    @Option(names = "--disk-limit", defaultValue = "" + Limits.DISK_MIB, paramLabel = "<MiB>", descriptionKey = "diskLimit")
    int diskMiB;

    @Option(names = "--output-limit", defaultValue = "" + Limits.OUTPUT_KIB, paramLabel = "<KiB>", descriptionKey = "outputLimit")
    int outputKiB;

    /** The settings these options give; bad values are refused, each with a line that names it. */
    Settings settings() {
        if (testsAtOnce < 1 || testsAtOnce > GradingRun.testCount()) {
            throw new Problem("testsAtOnce.range", GradingRun.testCount(), testsAtOnce);
        }
        if (timeLimitSeconds < 0) {
            throw new Problem("timeLimit.min", timeLimitSeconds);
        }
        if (memoryMiB < 256 || cpus <= 0 || processes < 32 || diskMiB < 1 || outputKiB < 1) {
            throw new Problem("sandbox.limits");
        }
        return Settings.DEFAULT.withTestsAtOnce(testsAtOnce).withTimeLimit(Duration.ofSeconds(timeLimitSeconds)).withLang(reportLang())
                .withSandbox(sandbox, new Limits(memoryMiB, cpus, processes, diskMiB, outputKiB), Optional.ofNullable(image));
    }

    /** The language of the reports: {@code --lang}, else the course's. */
    Lang reportLang() {
        return lang != null ? lang : Settings.DEFAULT.lang();
    }

    /** The languages as {@code --help} lists them. */
    static final class LangNames extends EnumNames {
        private static final long serialVersionUID = 1L;

        LangNames() {
            super(Lang.values());
        }
    }

    /** The sandboxes as {@code --help} lists them. */
    static final class SandboxNames extends EnumNames {
        private static final long serialVersionUID = 1L;

        SandboxNames() {
            super(Settings.Sandbox.values());
        }
    }
}
