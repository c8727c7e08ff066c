package socketlab.grader.stubs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Keeps {@code exercises/} in step with {@code solutions/}: for every solution module, the exercise
 * module of the same name must hold, under {@code src/main}, exactly the stubs of the solution's files
 * (non-Java files are copied as they are). {@link #drift()} lists the differences; {@link #write()}
 * regenerates the stubs.
 */
public final class StubSync {
    private final Path solutions;
    private final Path exercises;

    /** A sync between the two trees of a repository. */
    public StubSync(Path repository) {
        this.solutions = repository.resolve("solutions");
        this.exercises = repository.resolve("exercises");
    }

    /** Regenerates the stubs from a repository: {@code StubSync [repository folder]} (default: here). */
    public static void main(String[] args) {
        Path repository = Path.of(args.length > 0 ? args[0] : ".");
        if (!Files.isDirectory(repository.resolve("solutions"))) {
            System.err.println("StubSync: no solutions/ folder in " + repository.toAbsolutePath().normalize()
                    + " / tidak ada folder solutions/ di sana");
            System.exit(2);
        }
        try {
            List<String> written = new StubSync(repository).write();
            written.forEach(file -> System.out.println("wrote / ditulis: " + file));
            System.out.println(written.size() + " stub file(s) regenerated / berkas stub dibuat ulang");
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("StubSync: " + e.getMessage());
            System.exit(1);
        }
    }

    /** The stub files each exercise should hold, by their path relative to the repository's exercises/. */
    public Map<Path, String> expectedStubs() {
        Map<Path, String> stubs = new TreeMap<>();
        for (Path module : modules(solutions)) {
            for (Path file : files(module.resolve("src/main"))) {
                String source = read(file);
                Path relative = solutions.relativize(file);
                stubs.put(relative, file.toString().endsWith(".java") ? StubGenerator.stubOf(relative.toString(), source) : source);
            }
        }
        return stubs;
    }

    /** The differences between the exercises tree and the stubs it should hold; empty when in step. */
    public List<String> drift() {
        Map<Path, String> expected = expectedStubs();
        Set<Path> actual = new TreeSet<>();
        for (Path module : modules(solutions)) {
            files(exercises.resolve(module.getFileName()).resolve("src/main")).forEach(f -> actual.add(exercises.relativize(f)));
        }
        List<String> drift = new ArrayList<>();
        expected.forEach((file, stub) -> {
            if (!actual.contains(file)) {
                drift.add("missing / tidak ada: exercises/" + file);
            } else if (!read(exercises.resolve(file)).equals(stub)) {
                drift.add("differs from its solution / berbeda dari solusinya: exercises/" + file);
            }
        });
        actual.stream().filter(file -> !expected.containsKey(file))
                .forEach(file -> drift.add("has no solution / tidak punya solusi: exercises/" + file));
        return drift;
    }

    /** Writes every stub that differs or is missing, and returns their paths. */
    public List<String> write() {
        List<String> written = new ArrayList<>();
        expectedStubs().forEach((file, stub) -> {
            Path target = exercises.resolve(file);
            if (!Files.exists(target) || !read(target).equals(stub)) {
                try {
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, stub, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written.add("exercises/" + file);
            }
        });
        return written;
    }

    private static List<Path> modules(Path tree) {
        try (Stream<Path> children = Files.list(tree)) {
            return children.filter(dir -> Files.isRegularFile(dir.resolve("pom.xml"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
}
