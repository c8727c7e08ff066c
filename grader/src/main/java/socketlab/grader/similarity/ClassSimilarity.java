package socketlab.grader.similarity;

import de.jplag.JPlag;
import de.jplag.JPlagComparison;
import de.jplag.JPlagResult;
import de.jplag.Match;
import de.jplag.Submission;
import de.jplag.Token;
import de.jplag.exceptions.ExitException;
import de.jplag.exceptions.SubmissionException;
import de.jplag.java.Language;
import de.jplag.options.JPlagOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import socketlab.grader.course.Exercise;

/**
 * JPlag over one exercise's work by a class, with the kit's stubs of that exercise as base code: what every student got
 * (the given files, the stubs' lines) matches nobody. Each comparison copies each student's files into a folder of their
 * own, in a new folder under {@code work}, so JPlag reads nothing else.
 */
public final class ClassSimilarity {
    /**
     * The shortest run of tokens that counts as a match: JPlag's own for Java is 9, too long for a gap of a few
     * statements (a {@code connect} and its time limit is about a dozen tokens).
     */
    public static final int MINIMUM_TOKEN_MATCH = 6;

    private final Path work;

    /** Compares work copied under {@code work}, a folder of the caller's that it may fill and later delete. */
    public ClassSimilarity(Path work) {
        this.work = work;
    }

    /**
     * Every pair of students who handed in {@code exercise}, highest similarity first; none where fewer than two did. A
     * student's work JPlag cannot parse (it does not compile) is in no pair, and said left out.
     *
     * @param sources each student's id and the Java files of their work on the exercise
     * @param stubs the kit's Java files of the exercise
     */
    public Compared compare(Exercise exercise, Map<String, List<Path>> sources, List<Path> stubs) {
        if (sources.size() < 2) {
            return new Compared(exercise, List.of(), List.copyOf(sources.keySet()));
        }
        Path root = freshFolder(exercise);
        Path students = root.resolve("students");
        Path base = root.resolve("kit");
        sources.forEach((student, files) -> copy(files, students.resolve(student)));
        copy(stubs, base);
        JPlagOptions options = new JPlagOptions(new Language(), Set.of(students.toFile()), Set.of())
                .withBaseCodeSubmissionDirectory(base.toFile())
                .withMinimumTokenMatch(MINIMUM_TOKEN_MATCH)
                .withMaximumNumberOfComparisons(JPlagOptions.SHOW_ALL_COMPARISONS);
        JPlagResult result;
        try {
            result = new JPlag(options).run();
        } catch (SubmissionException fewerThanTwo) {
            // JPlag leaves out work it cannot parse or that is shorter than one match; with fewer than two left it
            // compares nothing
            return new Compared(exercise, List.of(), List.copyOf(sources.keySet()));
        } catch (ExitException kitOrFolders) {
            // the kit's own stubs not parsing, or a folder JPlag cannot use: a fault of the course or the grader
            throw new IllegalStateException("JPlag could not compare " + exercise.module() + ": " + kitOrFolders.getMessage(), kitOrFolders);
        }
        List<SimilarPair> pairs = result.getAllComparisons().stream()
                .map(comparison -> pair(exercise, comparison))
                .sorted(Comparator.comparingDouble(SimilarPair::percent).reversed()
                        .thenComparing(SimilarPair::first).thenComparing(SimilarPair::second))
                .toList();
        Set<String> compared = result.getSubmissions().getSubmissions().stream().map(Submission::getName).collect(Collectors.toSet());
        return new Compared(exercise, pairs, sources.keySet().stream().filter(student -> !compared.contains(student)).sorted().toList());
    }

    private static SimilarPair pair(Exercise exercise, JPlagComparison comparison) {
        Submission first = comparison.firstSubmission();
        Submission second = comparison.secondSubmission();
        boolean swap = first.getName().compareTo(second.getName()) > 0;
        List<SimilarPair.Passage> passages = new ArrayList<>();
        for (Match match : comparison.matches()) {
            passages.add(passage(first, second, match, swap));
        }
        passages.sort(Comparator.comparing(SimilarPair.Passage::firstFile).thenComparingInt(SimilarPair.Passage::firstFrom));
        return new SimilarPair(exercise, swap ? second.getName() : first.getName(), swap ? first.getName() : second.getName(),
                comparison.similarity() * 100, passages);
    }

    private static SimilarPair.Passage passage(Submission first, Submission second, Match match, boolean swap) {
        List<Token> one = first.getTokenList().subList(match.startOfFirst(), match.endOfFirst() + 1);
        List<Token> two = second.getTokenList().subList(match.startOfSecond(), match.endOfSecond() + 1);
        return swap ? passage(two, one) : passage(one, two);
    }

    private static SimilarPair.Passage passage(List<Token> first, List<Token> second) {
        return new SimilarPair.Passage(first.get(0).getFile().getName(), lowest(first), highest(first),
                second.get(0).getFile().getName(), lowest(second), highest(second), lines(first), lines(second));
    }

    /** The text of the tokens' lines, first to last. */
    private static List<String> lines(List<Token> tokens) {
        try {
            List<String> all = Files.readAllLines(tokens.get(0).getFile().toPath());
            return all.subList(Math.max(0, lowest(tokens) - 1), Math.min(all.size(), highest(tokens)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compared file again: " + tokens.get(0).getFile(), e);
        }
    }

    private static int lowest(List<Token> tokens) {
        return tokens.stream().mapToInt(Token::getLine).min().orElseThrow();
    }

    private static int highest(List<Token> tokens) {
        return tokens.stream().mapToInt(Token::getLine).max().orElseThrow();
    }

    private Path freshFolder(Exercise exercise) {
        try {
            return Files.createTempDirectory(Files.createDirectories(work), exercise.module());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder to compare work in under " + work, e);
        }
    }

    private static void copy(List<Path> files, Path folder) {
        try {
            Files.createDirectories(folder);
            for (Path file : files) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy work to compare into " + folder, e);
        }
    }
}
