package socketlab.grader.solutions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import socketlab.grader.TestRepository;
import socketlab.grader.course.Exercise;
import socketlab.grader.launch.Launcher;
import socketlab.grader.launch.ProcessLauncher;
import socketlab.grader.launch.Program;
import socketlab.grader.launch.RunningProgram;
import socketlab.grader.submission.Build;
import socketlab.grader.submission.ExerciseCompiler;

/**
 * The programs these tests start: the reference solutions, each in its own JVM with DNS from the test
 * hosts file, and the seed's Python 3 ports run through {@code seedrun.py} on the addresses a test picks.
 */
final class Programs {
    static final Duration LIMIT = Duration.ofSeconds(15);
    static final Path REPOSITORY = TestRepository.root();
    static final Launcher LAUNCHER = new ProcessLauncher(REPOSITORY);

    private Programs() {
    }

    /** A reference solution whose names resolve only through the test hosts file. */
    static Program solution(String module, String mainClass) {
        return solution(module, mainClass, List.of("-Djdk.net.hosts.file=" + resource("test-hosts")));
    }

    /** A reference solution started with these JVM options. */
    static Program solution(String module, String mainClass, List<String> jvmOptions) {
        Exercise exercise = Arrays.stream(Exercise.values()).filter(listed -> listed.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the course lists no exercise " + module));
        if (!(Solutions.BUILDS.get(exercise) instanceof Build.Compiled compiled)) {
            throw new IllegalStateException("the solution of " + module + " did not compile: " + Solutions.BUILDS.get(exercise));
        }
        return Program.java(mainClass, List.of(compiled.classes()), jvmOptions);
    }

    /** The reference solutions, compiled once, as the grader compiles a submission. */
    private static final class Solutions {
        static final Map<Exercise, Build> BUILDS = compile();

        private static Map<Exercise, Build> compile() {
            try {
                return new ExerciseCompiler().compileAll(REPOSITORY.resolve("solutions"), REPOSITORY.resolve("exercises"),
                        Files.createTempDirectory("socketlab-solutions-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The reference solution of an exercise: its program, as the course list names it. */
    static Program of(Exercise exercise) {
        return solution(exercise.module(), exercise.mainClass());
    }

    /** One of the course's own Python 3 programs in the seed's style (handouts/seed-python3), with these arguments. */
    static Program course(String script, String... args) {
        List<String> command = new ArrayList<>(List.of("python3", "-u",
                REPOSITORY.resolve("handouts/seed-python3").resolve(script).toString()));
        command.addAll(List.of(args));
        return new Program(script, command, Map.of());
    }

    /** One of the seed's programs under Python 3, unchanged, its addresses replaced by seedrun.py. */
    static Program seed(String script, String host, String port) {
        Path program = REPOSITORY.resolve("handouts/seed-python3").resolve(script);
        return new Program(script, List.of("python3", "-u", resource("socketlab/grader/interop/seedrun.py").toString(), program.toString()),
                Map.of("SEED_HOST", host, "SEED_PORT", port));
    }

    /** The port a server printed on its "Listening on <ip>:<port>" line, waiting for that line. */
    static int listeningPort(RunningProgram server) {
        String line = server.awaitLine(text -> text.startsWith("Listening on "), LIMIT)
                .orElseThrow(() -> new AssertionError(server + " printed no \"Listening on\" line; stdout "
                        + server.stdout() + ", stderr " + server.stderr()));
        return Integer.parseInt(line.substring(line.lastIndexOf(':') + 1));
    }

    /** Waits for the program's exit code. */
    static int exitCode(RunningProgram program) {
        return program.awaitExit(LIMIT).orElseThrow(() -> new AssertionError("still running after " + LIMIT
                + "; stdout " + program.stdout() + ", stderr " + program.stderr()));
    }

    static Path resource(String name) {
        try {
            return Path.of(Programs.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test resource missing: " + name, e);
        }
    }

}
