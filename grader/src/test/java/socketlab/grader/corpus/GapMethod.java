package socketlab.grader.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import socketlab.grader.course.Exercise;
import socketlab.grader.stubs.StubGenerator;

/**
 * One method a student writes: a method of a reference solution whose body holds a {@code // BEGIN SOLUTION}
 * block, its Javadoc (the contract the stub states) and where its text lies in the source file.
 */
record GapMethod(Exercise exercise, String file, String name, String contract, int start, int end, String source) {
    private static final Pattern DECLARATION = Pattern.compile("\n    (?:public |private )?static [^=;(\n]*?\\b(\\w+)\\(");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.])\\s+(?=[A-Z])");

    /** Every gap method of every exercise's solution, in the course's order. */
    static List<GapMethod> ofCourse(Path solutions) {
        List<GapMethod> gaps = new ArrayList<>();
        for (Exercise exercise : Exercise.values()) {
            try (Stream<Path> files = Files.walk(solutions.resolve(exercise.module()).resolve("src/main/java"))) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                    gaps.addAll(in(exercise, file.getFileName().toString(), Files.readString(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return gaps;
    }

    /** The gap methods of one source file: each declaration up to the next, when it holds a solution block. */
    static List<GapMethod> in(Exercise exercise, String file, String source) {
        List<GapMethod> gaps = new ArrayList<>();
        Matcher declaration = DECLARATION.matcher(source);
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (declaration.find()) {
            starts.add(declaration.start());
            names.add(declaration.group(1));
        }
        for (int i = 0; i < starts.size(); i++) {
            int start = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1) : source.length();
            if (StubGenerator.hasSolution(source.substring(start, end))) {
                gaps.add(new GapMethod(exercise, file, names.get(i), javadocBefore(source, start), start, end, source));
            }
        }
        return gaps;
    }

    /** The contract's sentences, as a reader splits them: after a full stop and before a capital letter. */
    List<String> sentences() {
        return Arrays.stream(SENTENCE_END.split(contract)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether this text (a mutant's text to replace) lies inside this method's declaration and body. */
    boolean holds(String text) {
        int at = source.indexOf(text);
        return at >= start && at + text.length() <= end;
    }

    /** "ServerKu.receiveLine". */
    String qualifiedName() {
        return file.replace(".java", "") + "." + name;
    }

    private static String javadocBefore(String source, int declaration) {
        int close = source.lastIndexOf("*/", declaration);
        int open = source.lastIndexOf("/**", declaration);
        if (open < 0 || close < open || !source.substring(close + 2, declaration).isBlank()) {
            return "";
        }
        return source.substring(open + 3, close).lines().map(line -> line.strip().replaceFirst("^\\* ?", ""))
                .reduce((a, b) -> a + " " + b).orElse("").strip();
    }
}
