package socketlab.grader.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import socketlab.grader.TestRepository;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.quiz.Quiz;

/**
 * The course's list of exercises ({@link Exercise}) is the only one: every entry has all its parts, every
 * exercise folder anywhere is on the list, and each part names both the exercise and its program, so that a
 * search for either finds them all.
 */
final class CourseListTest {
    private static final Path REPOSITORY = TestRepository.root();
    /** Chapters that are not exercises. */
    private static final Set<String> OTHER_CHAPTERS = Set.of("intro", "methods", "practicum", "instructor-guide");

    @Test
    void everyExerciseHasItsStubSolutionSelfCheckHiddenTestsChapterDiagramAndCorpus() {
        List<String> missing = new ArrayList<>();
        for (Exercise exercise : Exercise.values()) {
            parts(exercise).forEach((part, path) -> {
                if (!Files.exists(REPOSITORY.resolve(path))) {
                    missing.add(exercise.module() + " lacks its " + part + ": " + path);
                }
            });
            if (GradingRun.hiddenTestClasses().stream().noneMatch(type -> Exercise.ofHiddenTests(type).equals(Optional.of(exercise)))) {
                missing.add(exercise.module() + " lacks its hidden tests: no @HiddenTests class with @Graded tests in "
                        + exercise.hiddenTestsPackage());
            }
            if (Quiz.course().of(exercise).size() < 2) {
                missing.add(exercise.module()
                        + " lacks its quiz: fewer than two questions in grader/src/main/resources/socketlab/grader/quiz/quiz.json");
            }
            for (String folder : List.of("corpus", "stress")) {
                if (mutants(exercise, folder).isEmpty()) {
                    missing.add(exercise.module() + " lacks its " + folder + ": no .mutant in grader/src/test/resources/" + folder + "/"
                            + exercise.module());
                }
            }
        }
        missing.addAll(rowsMissing());
        assertThat(missing).as("parts missing; see the instructor guide, \"Add an exercise\"").isEmpty();
    }

    /** The README's table row and Indonesian summary of each exercise, and its problem in each guide's Autolab section. */
    private static List<String> rowsMissing() {
        List<String> missing = new ArrayList<>();
        String readme = read(REPOSITORY.resolve("README.md"));
        Map<String, String> guides = new LinkedHashMap<>();
        for (String lang : List.of("en", "id")) {
            guides.put(lang, read(REPOSITORY.resolve("handouts/" + lang + "/instructor-guide.md")));
        }
        for (Exercise exercise : Exercise.values()) {
            String module = "`" + exercise.module() + "`";
            String program = "`" + exercise.program() + "`";
            if (readme.lines().noneMatch(line -> line.startsWith("|") && line.contains(module) && line.contains(program))) {
                missing.add(exercise.module() + " lacks its row in README.md's table");
            }
            if (!readme.substring(Math.max(0, readme.indexOf("## Ringkasan"))).contains(program)) {
                missing.add(exercise.module() + " lacks its place in README.md's Indonesian summary (## Ringkasan): " + program);
            }
            for (Map.Entry<String, String> each : guides.entrySet()) {
                String lang = each.getKey();
                String guide = each.getValue();
                int autolab = guide.indexOf("### Autolab");
                if (autolab < 0 || !guide.substring(autolab, guide.indexOf("###", autolab + 1)).contains(module)) {
                    missing.add(exercise.module() + " lacks its problem in handouts/" + lang + "/instructor-guide.md's Autolab section");
                }
            }
        }
        return missing;
    }

    @Test
    void everyHiddenTestHasAPlaceOfItsOwnInItsExercisesOrder() {
        List<String> taken = GradingRun.hiddenTests().stream().map(test -> Exercise.ofHiddenTests(test.getDeclaringClass()).orElseThrow()
                .module() + " @Order(" + test.getAnnotation(Order.class).value() + ")").toList();

        assertThat(taken).as("each exercise's @Order values: a tie leaves the scorecard's order to which test ended first")
                .doesNotHaveDuplicates();
    }

    @Test
    void everyHiddenTestHasANameOfItsOwnInItsExercise() {
        List<String> keys = GradingRun.hiddenTests().stream()
                .map(test -> GradingRun.key(Exercise.ofHiddenTests(test.getDeclaringClass()).orElseThrow(), test.getName())).toList();

        assertThat(keys).as("(exercise, test): the key of a test's outcome in the scorecard, the gradebook and a sandbox's join")
                .doesNotHaveDuplicates();
    }

    @Test
    void everyExerciseFolderIsOnTheList() {
        Set<String> listed = new TreeSet<>(Arrays.stream(Exercise.values()).map(Exercise::module).toList());
        Set<String> ids = new TreeSet<>(Arrays.stream(Exercise.values()).map(Exercise::id).toList());
        assertAll(
                () -> assertThat(names("exercises", true)).as("modules in exercises/").isSubsetOf(with(listed, "selfcheck")),
                () -> assertThat(names("solutions", true)).as("modules in solutions/").isSubsetOf(listed),
                () -> assertThat(names("grader/src/test/resources/corpus", false)).as("corpus folders").isSubsetOf(listed),
                () -> assertThat(names("grader/src/test/resources/stress", false)).as("stress folders").isSubsetOf(listed),
                () -> assertThat(names("grader/src/main/java/socketlab/grader/hidden", false)).as("hidden-test packages").isSubsetOf(ids),
                () -> assertThat(stems("handouts/diagrams", ".puml")).as("diagrams").isSubsetOf(listed),
                () -> assertThat(stems("handouts/en", ".md")).as("chapters").isSubsetOf(with(listed, OTHER_CHAPTERS.toArray(String[]::new))),
                () -> assertThat(stems("handouts/id", ".md")).as("chapters").isSubsetOf(with(listed, OTHER_CHAPTERS.toArray(String[]::new))));
    }

    @Test
    void eachPartNamesBothTheExerciseAndItsProgram() {
        List<String> unnamed = new ArrayList<>();
        for (Exercise exercise : Exercise.values()) {
            List<Path> files = new ArrayList<>(parts(exercise).values());
            files.addAll(mutants(exercise, "corpus"));
            files.addAll(mutants(exercise, "stress"));
            files.addAll(javaFiles(Path.of("grader/src/main/java").resolve(exercise.hiddenTestsPackage().replace('.', '/'))));
            for (Path file : files) {
                if (!Files.exists(REPOSITORY.resolve(file))) {
                    continue;
                }
                String text = (file + "\n" + read(REPOSITORY.resolve(file))).toLowerCase(Locale.ROOT);
                if (!text.contains(exercise.module()) && !text.contains(exercise.id())) {
                    unnamed.add(file + " does not name the exercise " + exercise.module());
                }
                if (!text.contains(exercise.program().toLowerCase(Locale.ROOT))) {
                    unnamed.add(file + " does not name the program " + exercise.program());
                }
            }
        }
        assertThat(unnamed).isEmpty();
    }

    /** The parts of an exercise that are files, by what they are. */
    private static Map<String, Path> parts(Exercise exercise) {
        String program = exercise.program() + ".java";
        Map<String, Path> parts = new LinkedHashMap<>();
        parts.put("solution", Path.of("solutions", exercise.module(), "src/main/java", exercise.packagePath(), program));
        parts.put("stub", Path.of("exercises", exercise.module(), "src/main/java", exercise.packagePath(), program));
        parts.put("self-check", Path.of("exercises", exercise.module(), "src/test/java", exercise.packagePath(),
                exercise.program() + "SelfCheckTest.java"));
        parts.put("hidden test class", Path.of("grader/src/main/java", exercise.hiddenTestsPackage().replace('.', '/'),
                exercise.program() + "Test.java"));
        parts.put("English chapter", Path.of("handouts/en", exercise.module() + ".md"));
        parts.put("Indonesian chapter", Path.of("handouts/id", exercise.module() + ".md"));
        parts.put("diagram", Path.of("handouts/diagrams", exercise.module() + ".puml"));
        return parts;
    }

    private static List<Path> mutants(Exercise exercise, String folder) {
        Path base = Path.of("grader/src/test/resources", folder, exercise.module());
        return list(base).stream().filter(path -> path.toString().endsWith(".mutant")).toList();
    }

    private static List<Path> javaFiles(Path folder) {
        return list(folder).stream().filter(path -> path.toString().endsWith(".java")).toList();
    }

    /** The entries of a folder, relative to the repository; none if it does not exist. */
    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(REPOSITORY.resolve(folder))) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(REPOSITORY.resolve(folder))) {
            return entries.map(REPOSITORY::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sub-folders of a folder (those with a pom.xml, if {@code modules}). */
    private static Set<String> names(String folder, boolean modules) {
        Set<String> names = new TreeSet<>();
        for (Path path : list(Path.of(folder))) {
            if (Files.isDirectory(REPOSITORY.resolve(path)) && (!modules || Files.exists(REPOSITORY.resolve(path).resolve("pom.xml")))) {
                names.add(path.getFileName().toString());
            }
        }
        return names;
    }

    private static Set<String> stems(String folder, String extension) {
        Set<String> stems = new TreeSet<>();
        list(Path.of(folder)).stream().map(path -> path.getFileName().toString()).filter(name -> name.endsWith(extension))
                .forEach(name -> stems.add(name.substring(0, name.length() - extension.length())));
        return stems;
    }

    private static Set<String> with(Set<String> names, String... more) {
        Set<String> all = new TreeSet<>(names);
        all.addAll(List.of(more));
        return all;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
