package socketlab.grader.selfchecks;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import socketlab.grader.TestRepository;
import socketlab.grader.corpus.Mutant;
import socketlab.grader.course.Exercise;
import socketlab.grader.submission.Build;
import socketlab.grader.submission.ExerciseCompiler;

/**
 * The kit's self-checks compiled once, as the kit compiles them: the self-check support ({@code exercises/selfcheck}),
 * the visible tests of every exercise, and the programs they may run against (the stubs, the solutions, or a corpus
 * mutant), each a class path of its own.
 */
final class SelfCheckBuild {
    static final Path REPOSITORY = TestRepository.root();
    private static final Path OUTPUT = temporaryFolder();
    private static final Map<Exercise, Path> STUBS = programs(REPOSITORY.resolve("exercises"), "stubs", Map.of());
    /** The support and the tests, compiled against the stubs (the solutions have the same signatures). */
    private static final List<Path> TESTS = compileSupportAndTests();

    private SelfCheckBuild() {
    }

    /** The class path that runs the self-checks against the stubs, as the kit hands them out. */
    static String stubs() {
        return classPath(STUBS);
    }

    /** The class path that runs the self-checks against the reference solutions. */
    static String solutions() {
        return classPath(programs(REPOSITORY.resolve("solutions"), "solutions", Map.of()));
    }

    /** The class path that runs the self-checks against one mutant of the corpus (the stubs elsewhere). */
    static String mutant(String name) {
        try {
            Path submission = Mutant.named(name).writeInto(REPOSITORY.resolve("solutions"), OUTPUT.resolve("submission-" + name));
            return classPath(programs(submission, name, STUBS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The self-check classes' names, one per exercise, in the course's order. */
    static List<String> selfCheckClasses() {
        List<String> classes = new ArrayList<>();
        for (Exercise exercise : Exercise.values()) {
            try (Stream<Path> files = Files.walk(REPOSITORY.resolve("exercises").resolve(exercise.module()).resolve("src/test/java"))) {
                files.filter(file -> file.getFileName().toString().endsWith("SelfCheckTest.java")).forEach(file -> classes.add(
                        REPOSITORY.resolve("exercises").resolve(exercise.module()).resolve("src/test/java").relativize(file)
                                .toString().replace(".java", "").replace(File.separatorChar, '.')));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return classes;
    }

    /** Each exercise's classes compiled from this tree, those it lacks taken from {@code otherwise}. */
    private static Map<Exercise, Path> programs(Path tree, String name, Map<Exercise, Path> otherwise) {
        try {
            Map<Exercise, Build> builds = new ExerciseCompiler().compileAll(tree, REPOSITORY.resolve("exercises"), OUTPUT.resolve(name));
            Map<Exercise, Path> classes = new EnumMap<>(Exercise.class);
            for (Build build : builds.values()) {
                if (build instanceof Build.Compiled compiled) {
                    classes.put(build.exercise(), compiled.classes());
                } else if (build instanceof Build.Missing && otherwise.containsKey(build.exercise())) {
                    classes.put(build.exercise(), otherwise.get(build.exercise()));
                } else {
                    throw new IllegalStateException(name + ": " + build);
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classPath(Map<Exercise, Path> programs) {
        List<String> entries = new ArrayList<>(TESTS.stream().map(Path::toString).toList());
        programs.values().forEach(folder -> entries.add(folder.toString()));
        entries.add(System.getProperty("java.class.path"));
        return String.join(File.pathSeparator, entries);
    }

    private static List<Path> compileSupportAndTests() {
        Path support = OUTPUT.resolve("selfcheck");
        Path tests = OUTPUT.resolve("tests");
        javac(support, List.of(System.getProperty("java.class.path")), javaFiles(REPOSITORY.resolve("exercises/selfcheck/src/main/java")));
        List<Path> sources = new ArrayList<>();
        for (Exercise exercise : Exercise.values()) {
            sources.addAll(javaFiles(REPOSITORY.resolve("exercises").resolve(exercise.module()).resolve("src/test/java")));
        }
        List<String> path = new ArrayList<>(List.of(support.toString()));
        STUBS.values().forEach(folder -> path.add(folder.toString()));
        path.add(System.getProperty("java.class.path"));
        javac(tests, path, sources);
        return List.of(tests, support);
    }

    private static void javac(Path into, List<String> classPath, List<Path> sources) {
        List<String> arguments = new ArrayList<>(List.of("-d", into.toString(), "-encoding", "UTF-8", "-proc:none", "-nowarn",
                "-cp", String.join(File.pathSeparator, classPath)));
        sources.forEach(source -> arguments.add(source.toString()));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = ToolProvider.getSystemJavaCompiler().run(null, errors, errors, arguments.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("the self-checks did not compile: " + errors.toString(StandardCharsets.UTF_8));
        }
    }

    private static List<Path> javaFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh folder under the grader's target/, which mvn clean removes. */
    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory(Files.createDirectories(REPOSITORY.resolve("grader/target")), "selfchecks-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
