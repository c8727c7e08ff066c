package socketlab.grader.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import socketlab.grader.TestRepository;
import socketlab.grader.course.Exercise;

/**
 * The exercise programs keep to the shape issue 11 set: the JDK alone at run time, and a student's file that is
 * mostly the lesson (the seed's flow, the gaps and their comments), everything given beside it in other files.
 */
final class ExerciseProgramsTest {
    private static final Path REPOSITORY = TestRepository.root();
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);
    /** The least share of a student's file that is the lesson. */
    private static final double LESSON_SHARE = 0.60;

    @Test
    void importNothingButTheJdk() throws IOException {
        List<String> outside = new ArrayList<>();
        for (Path source : programSources()) {
            Matcher imports = IMPORT.matcher(Files.readString(source));
            while (imports.find()) {
                if (!imports.group(1).startsWith("java.") && !imports.group(1).startsWith("javax.")) {
                    outside.add(REPOSITORY.relativize(source) + ": import " + imports.group(1));
                }
            }
        }
        assertThat(programSources()).as("exercise program sources").hasSizeGreaterThanOrEqualTo(8);
        assertThat(outside).as("imports from outside the JDK in the exercise programs (stubs and solutions)").isEmpty();
    }

    @Test
    void haveNoLibraryOnTheirClassPath() throws IOException {
        for (String tree : List.of("exercises", "solutions")) {
            String pom = Files.readString(REPOSITORY.resolve(tree).resolve("pom.xml"));
            String dependencies = pom.substring(pom.indexOf("<dependencies>"), pom.indexOf("</dependencies>"));
            long all = Pattern.compile("<dependency>").matcher(dependencies).results().count();
            long testOnly = Pattern.compile("<scope>test</scope>").matcher(dependencies).results().count();
            assertThat(testOnly).as("%s/pom.xml: dependencies that are not test-scoped", tree).isEqualTo(all);
        }
    }

    /**
     * A student's file is a stub file with a gap; its lesson is what follows {@code main}: the flow method and the
     * gap methods with their comments. Package, imports, the class's Javadoc, the wire texts and {@code main} are not.
     */
    @Test
    void studentFilesAreMostlyTheLesson() throws IOException {
        List<String> shares = new ArrayList<>();
        List<String> tooLittle = new ArrayList<>();
        for (Path source : programSources()) {
            if (!source.startsWith(REPOSITORY.resolve("exercises")) || !Files.readString(source).contains("not implemented yet")) {
                continue;
            }
            List<String> lines = Files.readAllLines(source);
            int mainAt = indexOf(lines, 0, line -> line.contains("public static void main("));
            int mainEnd = indexOf(lines, mainAt, line -> line.equals("    }"));
            long all = lines.stream().filter(line -> !line.isBlank()).count();
            long lesson = lines.subList(mainEnd + 1, lines.size()).stream().filter(line -> !line.isBlank() && !line.equals("}")).count();
            double share = (double) lesson / all;
            String row = String.format("%s: %d of %d lines (%d in all) are the lesson, %.0f%%", source.getFileName(), lesson, all,
                    lines.size(), 100 * share);
            shares.add(row);
            if (share < LESSON_SHARE) {
                tooLittle.add(row);
            }
        }
        System.out.println("lesson share of each student's file:\n  " + String.join("\n  ", shares));
        assertThat(shares).as("student files found").hasSize(Exercise.values().length);
        assertThat(tooLittle).as("student files whose lesson is under %.0f%% of their lines", 100 * LESSON_SHARE).isEmpty();
        assertThat(Files.readAllLines(REPOSITORY.resolve("exercises/server/src/main/java/socketlab/server/ServerKu.java")))
                .as("ServerKu.java, the student's file of the first exercise, in lines").hasSizeLessThanOrEqualTo(70);
    }

    private static int indexOf(List<String> lines, int from, Predicate<String> wanted) {
        for (int i = from; i < lines.size(); i++) {
            if (wanted.test(lines.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such line after line " + from);
    }

    /** Every Java source of an exercise program, stubs and solutions (not the self-checks' helper module). */
    private static List<Path> programSources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String tree : List.of("exercises", "solutions")) {
            try (Stream<Path> files = Files.walk(REPOSITORY.resolve(tree))) {
                files.filter(file -> file.toString().endsWith(".java") && file.toString().contains("/src/main/java/"))
                        .filter(file -> !file.startsWith(REPOSITORY.resolve("exercises/selfcheck")))
                        .sorted().forEach(sources::add);
            }
        }
        return sources;
    }
}
