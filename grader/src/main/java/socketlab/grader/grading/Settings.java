package socketlab.grader.grading;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import socketlab.grader.course.Lang;
import socketlab.grader.launch.Limits;

/**
 * What grading one submission takes, as one immutable value: hidden tests at once, the time limit, the language
 * of its reports, the sandbox and its limits, how the programs start, and coverage. Every default is written
 * here and only here ({@link #DEFAULT}); the command line's defaults and {@code mvn verify}'s read it. At the
 * container boundary, the value renders itself as the options of the grader inside ({@link #asOptions()}).
 *
 * @param testsAtOnce how many hidden tests of the submission run at once
 * @param timeLimit   how much timing out the submission may cost ({@link Duration#ZERO}: no limit)
 * @param lang        the language of the scorecard and the reports
 * @param sandbox     where the submission's programs run
 * @param limits      what a submission's container may use
 * @param image       the sandbox's image, if not the one built here
 * @param programs    how the programs start, if not as this user on the grader's runtimes (inside a sandbox)
 * @param coverage    the JaCoCo agent the programs run with, if any
 * @param scope       which hidden tests are graded
 */
public record Settings(int testsAtOnce, Duration timeLimit, Lang lang, Sandbox sandbox, Limits limits, Optional<String> image,
                       Optional<Programs> programs, Optional<Coverage> coverage, GradingRun.Scope scope) {

    /** Hidden tests at once, by default: the fastest measured (grader/bench/class.sh), whatever the machine. */
    public static final int TESTS_AT_ONCE = 8;
    /** The time limit by default, in seconds: what a hanging submission may cost at most. */
    public static final int TIME_LIMIT_SECONDS = 300;

    /** The defaults: {@value #TESTS_AT_ONCE} tests at once, {@value #TIME_LIMIT_SECONDS} s, Bahasa Indonesia, as processes here. */
    public static final Settings DEFAULT = new Settings(TESTS_AT_ONCE, Duration.ofSeconds(TIME_LIMIT_SECONDS), Lang.ID,
            Sandbox.PROCESS, Limits.DEFAULT, Optional.empty(), Optional.empty(), Optional.empty(), GradingRun.Scope.EVERY_TEST);

    /** Where a submission's programs run. */
    public enum Sandbox {
        /** As this user, on this machine, as separate processes. */
        PROCESS,
        /** Each submission in a container of its own, with no network and limits. */
        CONTAINER
    }

    /**
     * How the programs start when the grader itself runs in a sandbox: on this {@code java}, in this folder
     * (their only writable one, also their temporary folder), each through {@code runAs} (limits, then the
     * student's user).
     */
    public record Programs(Path java, Path folder, List<String> runAs) {
    }

    /** Where the JaCoCo agent is and where it writes, to measure what the hidden tests exercise. */
    public record Coverage(Path agentJar, Path execFile) {
    }

    public Settings {
        if (testsAtOnce < 1) {
            throw new IllegalArgumentException("tests at once: at least 1, not " + testsAtOnce);
        }
        if (timeLimit.isNegative()) {
            throw new IllegalArgumentException("time limit: not negative, not " + timeLimit);
        }
    }

    /** A value like this one, with {@code count} tests at once. */
    public Settings withTestsAtOnce(int count) {
        return new Settings(count, timeLimit, lang, sandbox, limits, image, programs, coverage, scope);
    }

    /** A value like this one, with this time limit ({@link Duration#ZERO}: none). */
    public Settings withTimeLimit(Duration limit) {
        return new Settings(testsAtOnce, limit, lang, sandbox, limits, image, programs, coverage, scope);
    }

    /** A value like this one, in this language. */
    public Settings withLang(Lang other) {
        return new Settings(testsAtOnce, timeLimit, other, sandbox, limits, image, programs, coverage, scope);
    }

    /** A value like this one, with the programs in this sandbox, these limits and this image (empty: the one built here). */
    public Settings withSandbox(Sandbox where, Limits within, Optional<String> from) {
        return new Settings(testsAtOnce, timeLimit, lang, where, within, from, programs, coverage, scope);
    }

    /** A value like this one, whose programs start as {@code started}. */
    public Settings withPrograms(Programs started) {
        return new Settings(testsAtOnce, timeLimit, lang, sandbox, limits, image, Optional.of(started), coverage, scope);
    }

    /** A value like this one, with the programs run under this coverage agent. */
    public Settings withCoverage(Coverage measured) {
        return new Settings(testsAtOnce, timeLimit, lang, sandbox, limits, image, programs, Optional.of(measured), scope);
    }

    /** A value like this one, grading only the hidden tests of {@code only}. */
    public Settings withScope(GradingRun.Scope only) {
        return new Settings(testsAtOnce, timeLimit, lang, sandbox, limits, image, programs, coverage, only);
    }

    /**
     * The options that give the grader inside a sandbox container these settings: tests at once, the time limit,
     * the language and the student's process limit (the container's own limits are the engine's to enforce).
     */
    public List<String> asOptions() {
        List<String> options = new ArrayList<>();
        options.addAll(List.of("--tests-at-once", String.valueOf(testsAtOnce)));
        options.addAll(List.of("--time-limit", String.valueOf(timeLimit.toSeconds())));
        options.addAll(List.of("--lang", lang.name().toLowerCase(Locale.ROOT)));
        options.addAll(List.of("--process-limit", String.valueOf(limits.processes())));
        return options;
    }
}
