package socketlab.grader.stubs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import socketlab.grader.course.Demo;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Messages;
import socketlab.grader.course.Problem;
import socketlab.grader.quiz.AnswerSheet;
import socketlab.grader.quiz.Quiz;

/**
 * Keeps {@code exercises/} in step with {@code solutions/} and with the course's list of exercises
 * ({@link Exercise}): for every exercise, the exercise module must hold, under {@code src/main}, exactly the
 * stubs of its solution's files (non-Java files are copied as they are), and a {@code pom.xml} made from the
 * solution's, whose artifact and main class the list gives ({@link SolutionPoms}, which writes a new exercise's first
 * one); the {@code <modules>} of {@code exercises/pom.xml} and {@code solutions/pom.xml} list the
 * exercises in the course's order; and every solution and exercise module holds a copy of the given
 * {@code CommandLine.java} (the option reader and exit codes all programs share, written once in the grader's
 * resources), and every server's a copy of the given {@code ServerFrame.java} (its failure line and its stop on a
 * signal), in its own package, so that each module compiles alone. {@link #drift()} lists the differences;
 * {@link #write()} writes them.
 */
public final class StubSync {
    private final Path repository;
    private final Path solutions;
    private final Path exercises;
    private final Messages messages;

    /** A sync between the two trees of a repository, saying what differs in English. */
    public StubSync(Path repository) {
        this(repository, Lang.EN);
    }

    /** A sync between the two trees of a repository, saying what differs in this language. */
    public StubSync(Path repository, Lang lang) {
        this.messages = Messages.in(lang);
        this.repository = repository;
        this.solutions = repository.resolve("solutions");
        this.exercises = repository.resolve("exercises");
    }

    /**
     * Regenerates the stubs from a repository: {@code StubSync [repository folder]} (default: here), saying so in
     * the machine's language (Bahasa Indonesia where it is {@code id}, else English).
     */
    public static void main(String[] args) {
        Path repository = Path.of(args.length > 0 ? args[0] : ".");
        Lang lang = List.of("id", "in").contains(Locale.getDefault().getLanguage()) ? Lang.ID : Lang.EN;
        Messages messages = Messages.in(lang);
        if (!Files.isDirectory(repository.resolve("solutions"))) {
            System.err.println(messages.get("stubs.line", messages.get("stubs.noSolutions", repository.toAbsolutePath().normalize())));
            System.exit(2);
        }
        try {
            List<String> written = new StubSync(repository, lang).write();
            written.forEach(file -> System.out.println(messages.get("stubs.wrote", file)));
            System.out.println(messages.get("stubs.count", written.size()));
        } catch (Problem e) {
            System.err.println(messages.get("stubs.line", e.in(lang)));
            System.exit(1);
        } catch (UncheckedIOException e) {
            System.err.println(messages.get("stubs.line", messages.get("io.failed", e.getCause().getClass().getSimpleName(),
                    e.getCause().getMessage())));
            System.exit(1);
        }
    }

    /**
     * The files the course's list, the solutions and the quiz make, by their path relative to the repository:
     * each exercise's stubs and pom, the two module lists, and the kit's quiz template {@code exercises/quiz.txt}.
     */
    public Map<Path, String> expectedStubs() {
        Map<Path, String> stubs = new TreeMap<>();
        List<String> names = Arrays.stream(Exercise.values()).map(Exercise::module).toList();
        List<String> withSelfCheck = new ArrayList<>(List.of(SELF_CHECK));
        withSelfCheck.addAll(names);
        stubs.put(Path.of("solutions/pom.xml"), ModuleLists.withModules(read(solutions.resolve("pom.xml")), names));
        stubs.put(Path.of("exercises/pom.xml"), ModuleLists.withModules(read(exercises.resolve("pom.xml")), withSelfCheck));
        stubs.put(Path.of("exercises", Quiz.FILE), AnswerSheet.template(Quiz.course()));
        for (Exercise exercise : Exercise.values()) {
            String name = exercise.module();
            Path module = solutions.resolve(name);
            String pom = Files.isRegularFile(module.resolve("pom.xml")) ? SolutionPoms.inStep(read(module.resolve("pom.xml")), exercise)
                    : SolutionPoms.first(exercise);
            stubs.put(Path.of("solutions", name, "pom.xml"), pom);
            stubs.put(Path.of("exercises", name, "pom.xml"), stubPom(pom));
            for (Path file : files(module.resolve("src/main"))) {
                String source = read(file);
                Path relative = solutions.relativize(file);
                stubs.put(Path.of("exercises").resolve(relative),
                        file.toString().endsWith(".java") ? StubGenerator.stubOf(relative.toString(), source) : source);
            }
            // after the solution's own files, so that a copy out of step is written anew in both trees
            for (String file : givenFiles(exercise)) {
                String given = given(exercise, file);
                Path copy = Path.of(name, "src/main/java", exercise.packagePath(), file);
                stubs.put(Path.of("solutions").resolve(copy), given);
                stubs.put(Path.of("exercises").resolve(copy), given);
            }
        }
        return stubs;
    }

    /** The differences between the repository and the files it should hold; empty when in step. */
    public List<String> drift() {
        Map<Path, String> expected = expectedStubs();
        Set<Path> actual = new TreeSet<>();
        for (Exercise exercise : Exercise.values()) {
            files(exercises.resolve(exercise.module()).resolve("src/main")).forEach(f -> actual.add(repository.relativize(f)));
        }
        List<String> drift = new ArrayList<>();
        expected.forEach((file, stub) -> {
            if (!Files.exists(repository.resolve(file))) {
                drift.add(messages.get("stubs.missing", file));
            } else if (!read(repository.resolve(file)).equals(stub)) {
                drift.add(messages.get("stubs.differs", file));
            }
        });
        actual.stream().filter(file -> !expected.containsKey(file))
                .forEach(file -> drift.add(messages.get("stubs.orphan", file)));
        return drift;
    }

    /** Writes every file that differs or is missing, and returns their paths. */
    public List<String> write() {
        List<String> written = new ArrayList<>();
        expectedStubs().forEach((file, stub) -> {
            Path target = repository.resolve(file);
            if (!Files.exists(target) || !read(target).equals(stub)) {
                try {
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, stub, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written.add(file.toString());
            }
        });
        return written;
    }

    /** The given {@code CommandLine.java}, from its one source, in the exercise's package. */
    static String givenCommandLine(Exercise exercise) {
        return given(exercise, GIVEN);
    }

    /** The given files beside an exercise's program: {@code CommandLine.java}, and a server's {@code ServerFrame.java}. */
    static List<String> givenFiles(Exercise exercise) {
        return exercise.demo().kind() == Demo.Kind.SERVER ? List.of(GIVEN, SERVER_FRAME) : List.of(GIVEN);
    }

    /** A given file, from its one source in the grader's resources, in the exercise's package. */
    static String given(Exercise exercise, String file) {
        try (InputStream source = StubSync.class.getResourceAsStream(file)) {
            if (source == null) {
                throw new IllegalStateException("the grader's resources lack " + file);
            }
            String text = new String(source.readAllBytes(), StandardCharsets.UTF_8);
            return text.replaceFirst("^package socketlab\\.given;", "package " + exercise.javaPackage() + ";");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The exercise's pom, made from its solution's: the exercises' parent, and "exercise (stub)" in its name. */
    static String stubPom(String solutionPom) {
        return solutionPom.replace("<groupId>socketlab.solutions</groupId>", "<groupId>socketlab.exercises</groupId>")
                .replace("<artifactId>solutions</artifactId>", "<artifactId>exercises</artifactId>")
                .replace("(reference solution of ", "(exercise (stub) of ");
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file every program's command line shares; its one source sits beside this class, in the grader's resources. */
    static final String GIVEN = "CommandLine.java";

    /** The frame every server shares (its failure line, its stop on a signal); its one source sits beside {@link #GIVEN}. */
    static final String SERVER_FRAME = "ServerFrame.java";

    /** The module of the self-check support every exercise's tests use, first in exercises/. */
    private static final String SELF_CHECK = "selfcheck";
}
