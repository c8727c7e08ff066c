package socketlab.handouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.hidden.Graded;
import socketlab.grader.submission.Unzip;

/**
 * The student kit builds on its own, its self-checks run against the stubs and say "not implemented
 * yet", and it holds nothing that exists only in solutions/ or grader/.
 */
final class StudentKitIT {
    static final Path REPOSITORY = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    static final Path KIT = Path.of(System.getProperty("handouts.target", "target")).resolve("student-kit.zip");

    @TempDir
    static Path unpacked;

    static Path root;

    @BeforeAll
    static void unzip() throws IOException {
        root = Unzip.into(KIT, unpacked).resolve("socket-lab-kit");
    }

    @Test
    void buildsAndRunsItsSelfChecksAgainstTheStubs() throws IOException, InterruptedException {
        Path log = unpacked.resolve("kit-build.log");
        Process maven = new ProcessBuilder("mvn", "-o", "-B", "test", "-Dmaven.test.failure.ignore=true")
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(maven.waitFor(10, TimeUnit.MINUTES)).as("the kit's build ended").isTrue();
        String output = Files.readString(log);
        List<String> reports;
        try (Stream<Path> walk = Files.walk(root)) {
            reports = walk.filter(file -> file.getFileName().toString().matches("TEST-.*SelfCheckTest\\.xml"))
                    .map(StudentKitIT::read).toList();
        }
        String all = String.join("\n", reports);
        int tests = count(all, "<testcase ");
        assertAll(
                () -> assertThat(maven.exitValue()).as("mvn test in the kit; its log:%n%s", output).isZero(),
                () -> assertThat(reports).as("self-check reports, one per exercise").hasSize(Chapter.EXERCISES.size()),
                () -> assertThat(tests).as("self-checks run").isGreaterThanOrEqualTo(8),
                () -> assertThat(count(all, "not implemented yet")).as("self-checks stopped at a stub")
                        .isGreaterThanOrEqualTo(tests));
    }

    @Test
    void holdsNoSolutionNoHiddenTestAndNoGraderCode() throws IOException {
        String kitText = kitText();
        List<String> leaks = new ArrayList<>();
        for (String line : solutionOnlyLines()) {
            if (kitText.contains(line)) {
                leaks.add("solution line: " + line);
            }
        }
        for (String name : graderNames()) {
            if (Pattern.compile("\\b" + name + "\\b").matcher(kitText).find()) {
                leaks.add("grader name: " + name);
            }
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.map(path -> root.relativize(path).toString()).filter(path -> path.startsWith("solutions") || path.startsWith("grader"))
                    .forEach(path -> leaks.add("file: " + path));
        }
        assertThat(leaks).as("what the kit leaks").isEmpty();
    }

    /**
     * Lines written in the solutions' BEGIN/END SOLUTION blocks, long enough to be the solution's own,
     * that appear nowhere in exercises/ (a visible test may well say {@code return server.accept();}).
     */
    private static Set<String> solutionOnlyLines() throws IOException {
        Set<String> lines = new HashSet<>();
        try (Stream<Path> walk = Files.walk(REPOSITORY.resolve("solutions"))) {
            for (Path source : walk.filter(file -> file.toString().endsWith(".java")).toList()) {
                boolean inside = false;
                for (String line : Files.readAllLines(source)) {
                    String text = line.strip();
                    if (text.equals("// BEGIN SOLUTION") || text.equals("// END SOLUTION")) {
                        inside = text.startsWith("// BEGIN");
                    } else if (inside && text.length() >= 16) {
                        lines.add(text);
                    }
                }
            }
        }
        try (Stream<Path> walk = Files.walk(REPOSITORY.resolve("exercises"))) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".java") && !f.toString().contains(File.separator + "target" + File.separator))
                    .toList()) {
                Files.readAllLines(file).forEach(line -> lines.remove(line.strip()));
            }
        }
        return lines;
    }

    /** The names of the hidden tests and of the grader's classes (CamelCase ones: common words are no leak). */
    private static Set<String> graderNames() throws IOException {
        Set<String> names = new HashSet<>();
        for (Class<?> tests : GradingRun.HIDDEN_TESTS) {
            names.add(tests.getSimpleName());
            for (var method : tests.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Graded.class)) {
                    names.add(method.getName());
                }
            }
        }
        try (Stream<Path> walk = Files.walk(REPOSITORY.resolve("grader/src/main/java"))) {
            walk.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".java"))
                    .map(name -> name.replace(".java", "")).filter(name -> name.chars().filter(Character::isUpperCase).count() >= 2)
                    .forEach(names::add);
        }
        return names;
    }

    private static String kitText() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.toString().contains(File.separator + "target" + File.separator))
                    .filter(f -> f.toString().matches(".*\\.(java|md|html|xml|py|svg|properties)$")).toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            count++;
        }
        return count;
    }
}
