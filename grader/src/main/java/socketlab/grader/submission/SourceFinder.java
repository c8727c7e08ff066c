package socketlab.grader.submission;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import socketlab.grader.course.Exercise;

/**
 * Finds each exercise's sources in a submission, however the student packed it: with or without a top
 * folder, {@code exercises/}, {@code pom.xml} or the Maven layout. The exercise is found by its main
 * class file ({@code ServerKu.java} …), preferring one inside a folder named as the exercise's module;
 * its package folder gives the other sources. Files the kit hands out but the submission lacks (the
 * message bundles, helper classes) are taken from the kit's stubs.
 */
public final class SourceFinder {
    private final Path submission;
    private final Path kitExercises;

    /**
     * @param submission   the submission's folder
     * @param kitExercises the course's {@code exercises/} folder, whose stubs supply missing given files
     */
    public SourceFinder(Path submission, Path kitExercises) {
        this.submission = submission;
        this.kitExercises = kitExercises;
    }

    /** The exercise's sources, or empty when the submission has no main class file for it. */
    public Optional<ExerciseSources> find(Exercise exercise) {
        Optional<Path> main = candidates(exercise.program() + ".java").stream()
                .min(Comparator.comparingInt((Path file) -> preference(file, exercise))
                        .thenComparingInt(Path::getNameCount).thenComparing(Path::toString));
        return main.map(file -> sourcesAround(exercise, file));
    }

    private ExerciseSources sourcesAround(Exercise exercise, Path mainSource) {
        Map<String, Path> java = new HashMap<>();
        Map<String, Path> resources = new HashMap<>();
        Path kitModule = kitExercises.resolve(exercise.module()).resolve("src/main");
        for (Path given : filesUnder(kitModule.resolve("java").resolve(exercise.packagePath()))) {
            java.put(given.getFileName().toString(), given);
        }
        Path kitResources = kitModule.resolve("resources");
        for (Path given : filesUnder(kitResources)) {
            resources.put(kitResources.relativize(given).toString().replace('\\', '/'), given);
        }
        String mainPackage = packageOf(mainSource);
        for (Path own : filesBeside(mainSource)) {
            String name = own.getFileName().toString();
            if (name.endsWith(".java") && packageOf(own).equals(mainPackage)) {
                java.put(name, own);
            } else if (name.startsWith(exercise.program()) && name.endsWith(".properties")) {
                resources.put(exercise.packagePath() + "/" + name, own);
            }
        }
        Path ownResources = mavenModuleOf(mainSource).map(module -> module.resolve("src/main/resources")).orElse(null);
        if (ownResources != null) {
            for (Path own : filesUnder(ownResources)) {
                resources.put(ownResources.relativize(own).toString().replace('\\', '/'), own);
            }
        }
        return new ExerciseSources(exercise, mainSource, List.copyOf(java.values()), resources);
    }

    /** Lower is better: inside the exercise's module folder, not in solutions/, not a test. */
    private int preference(Path file, Exercise exercise) {
        String path = "/" + submission.relativize(file).toString().replace('\\', '/');
        int score = 0;
        if (!path.contains("/" + exercise.module() + "/")) {
            score += 4;
        }
        if (path.contains("/solutions/")) {
            score += 2;
        }
        if (!path.endsWith(exercise.packagePath() + "/" + exercise.program() + ".java")) {
            score += 1;
        }
        return score;
    }

    private List<Path> candidates(String fileName) {
        try (Stream<Path> walk = Files.walk(submission)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().equals(fileName))
                    .filter(file -> {
                        String path = "/" + submission.relativize(file).toString().replace('\\', '/');
                        return !path.contains("/src/test/") && !path.contains("/target/") && !path.contains("/__MACOSX/");
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Maven module folder holding a source under src/main/java, if it is laid out that way. */
    private static Optional<Path> mavenModuleOf(Path source) {
        for (Path folder = source.getParent(); folder != null && folder.getNameCount() >= 3; folder = folder.getParent()) {
            if (folder.endsWith(Path.of("src", "main", "java"))) {
                return Optional.of(folder.getParent().getParent().getParent());
            }
        }
        return Optional.empty();
    }

    /** The package a Java source declares, or "" for none. */
    static String packageOf(Path javaFile) {
        try (Stream<String> lines = Files.lines(javaFile)) {
            return lines.map(String::strip).filter(line -> line.startsWith("package ") && line.endsWith(";"))
                    .map(line -> line.substring("package ".length(), line.length() - 1).strip())
                    .findFirst().orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static List<Path> filesBeside(Path file) {
        try (Stream<Path> list = Files.list(file.getParent())) {
            return list.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> filesUnder(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
