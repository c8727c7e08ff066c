package socketlab.grader.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import socketlab.grader.course.Exercise;
import socketlab.grader.quiz.AnswerSheet;
import socketlab.grader.quiz.Quiz;
import socketlab.grader.stubs.StubGenerator;

/**
 * A deliberately wrong submission: the reference solution of one exercise with a few exact text edits,
 * and the hidden tests it must lose. Its file, {@code corpus/<exercise>/<name>.mutant}, holds
 * {@code what:}, {@code file:}, {@code loses:} and, for a file of another exercise's module, {@code module:} lines,
 * and {@code with:} the other modules its exercise's tests start (written unchanged), and {@code stubs:} the gap methods of
 * {@code file} left as the kit's stubs (a half-done submission), then edits as {@code <<<} old {@code ===} new {@code >>>}.
 * A {@code breaks: <Program.method>: <words>} line (read by {@link ContractTableTest}, not here) names the sentence of a
 * gap method's contract the mutant breaks.
 */
public record Mutant(String name, String exercise, String module, List<String> with, String what, String file, Set<String> loses,
        List<String[]> edits, List<String> stubs) {

    /** A mutant of text edits only. */
    public Mutant(String name, String exercise, String module, List<String> with, String what, String file, Set<String> loses,
            List<String[]> edits) {
        this(name, exercise, module, with, what, file, loses, edits, List.of());
    }

    /** The corpus's files, {@code corpus/<exercise>/<name>.mutant} on the test class path, sorted. */
    public static List<Path> corpusFiles() {
        return filesUnder("/corpus");
    }

    /**
     * The slow but correct submissions of the stress proof, {@code stress/<exercise>/<name>.mutant}: each
     * loses nothing, however busy the machine.
     */
    public static List<Mutant> slow() {
        return filesUnder("/stress").stream().map(Mutant::read).filter(mutant -> mutant.stubs().isEmpty()).toList();
    }

    /**
     * The half-done submissions of the stress proof, {@code stress/<exercise>/<name>.mutant} with a {@code stubs:} line:
     * some gaps written, some left as stubs; each loses what its {@code loses:} line says, however busy the machine.
     */
    public static List<Mutant> halfDone() {
        return filesUnder("/stress").stream().map(Mutant::read).filter(mutant -> !mutant.stubs().isEmpty()).toList();
    }

    /**
     * The {@code .mutant} files under a folder of the test class path, sorted; {@code -Dcorpus.only=<regex>} keeps those
     * whose name (without {@code .mutant}) matches it, for a developer's run of a few (the full proofs never set it).
     */
    private static List<Path> filesUnder(String folder) {
        Pattern only = Pattern.compile(System.getProperty("corpus.only", ".*"));
        try (Stream<Path> files = Files.walk(Path.of(Mutant.class.getResource(folder).toURI()))) {
            return files.filter(file -> file.toString().endsWith(".mutant"))
                    .filter(file -> only.matcher(file.getFileName().toString().replaceFirst("\\.mutant$", "")).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The behaviours the corpus's mutant of this name breaks: its {@code breaks:} lines, each {@code Program.member: words}. */
    public static Set<String> breaks(String name) {
        Path file = corpusFiles().stream().filter(path -> path.getFileName().toString().equals(name + ".mutant")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no mutant named " + name + " in the corpus"));
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith("breaks: ")).map(line -> line.substring(8).strip())
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every mutant of the corpus, sorted by file. */
    public static List<Mutant> corpus() {
        return corpusFiles().stream().map(Mutant::read).toList();
    }

    /** The corpus's mutant of this name. */
    public static Mutant named(String name) {
        return corpus().stream().filter(mutant -> mutant.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no mutant named " + name + " in the corpus"));
    }

    /** Writes the reference solutions of every exercise, unchanged, into {@code submission/<exercise>/}. */
    public static void writeCorrect(Path solutions, Path submission) throws IOException {
        for (Exercise exercise : Exercise.values()) {
            new Mutant("correct", exercise.module(), exercise.module(), List.of(), "", "none", Set.of(), List.of()).writeInto(solutions, submission);
        }
        Files.writeString(submission.resolve(Quiz.FILE), AnswerSheet.answered(Quiz.course()));
    }

    public static Mutant read(Path path) {
        try {
            List<String> lines = Files.readAllLines(path);
            String what = "";
            String file = "";
            String module = null;
            List<String> with = new ArrayList<>();
            Set<String> loses = new TreeSet<>();
            List<String[]> edits = new ArrayList<>();
            List<String> stubs = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("what: ")) {
                    what = line.substring(6);
                } else if (line.startsWith("file: ")) {
                    file = line.substring(6);
                } else if (line.startsWith("with: ")) {
                    Arrays.stream(line.substring(6).split(",")).map(String::strip).forEach(with::add);
                } else if (line.startsWith("module: ")) {
                    module = line.substring(8).strip();
                } else if (line.startsWith("stubs: ")) {
                    Arrays.stream(line.substring(7).split(",")).map(String::strip).forEach(stubs::add);
                } else if (line.startsWith("loses: ")) {
                    Arrays.stream(line.substring(7).split(",")).map(String::strip).forEach(loses::add);
                } else if (line.equals("<<<")) {
                    int middle = lines.subList(i, lines.size()).indexOf("===") + i;
                    int end = lines.subList(i, lines.size()).indexOf(">>>") + i;
                    edits.add(new String[] {String.join("\n", lines.subList(i + 1, middle)), String.join("\n", lines.subList(middle + 1, end))});
                    i = end;
                }
            }
            String name = path.getFileName().toString().replace(".mutant", "");
            String exercise = path.getParent().getFileName().toString();
            return new Mutant(name, exercise, module == null ? exercise : module, with, what, file, loses, edits, stubs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the solution of the exercise into {@code submission/<exercise>/}, and the mutated module (the exercise's,
     * or the one its {@code module:} line names, for a mistake that another exercise's tests catch) into
     * {@code submission/<module>/}; returns the submission's folder.
     */
    public Path writeInto(Path solutions, Path submission) throws IOException {
        if (!module.equals(exercise)) {
            copy(solutions, submission, exercise, false);
        }
        for (String other : with) {
            if (!other.equals(module)) {
                copy(solutions, submission, other, false);
            }
        }
        copy(solutions, submission, module, true);
        return submission;
    }

    /** The source with the solution of one gap method replaced by its stub, as the kit hands it out. */
    private String stubbed(String text, String method) {
        Matcher declaration = Pattern.compile("static [^=;(]*\\b" + Pattern.quote(method) + "\\(").matcher(text);
        int declared = declaration.find() ? declaration.start() : -1;
        int begin = declared < 0 ? -1 : text.lastIndexOf("\n", text.indexOf("// BEGIN SOLUTION", declared)) + 1;
        int end = declared < 0 ? -1 : text.indexOf("// END SOLUTION", declared);
        if (declared < 0 || begin <= declared || end < 0) {
            throw new IllegalStateException(name + ": no gap method " + method + " in " + file);
        }
        int after = text.indexOf('\n', end) + 1;
        while (after > 0 && after < text.length()) {
            int next = text.indexOf('\n', after);
            if (!text.substring(after, next < 0 ? text.length() : next).strip().startsWith("// STUB:")) {
                break;
            }
            after = next < 0 ? text.length() : next + 1;
        }
        return text.substring(0, begin) + StubGenerator.stubOf(file, text.substring(begin, after)) + text.substring(after);
    }

    private void copy(Path solutions, Path submission, String name, boolean mutate) throws IOException {
        Path module = solutions.resolve(name).resolve("src/main");
        Path target = submission.resolve(name).resolve("src/main");
        try (Stream<Path> files = Files.walk(module)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(module.relativize(source).toString());
                Files.createDirectories(copy.getParent());
                String text = Files.readString(source);
                if (mutate && source.getFileName().toString().equals(file)) {
                    text = edited(text);
                }
                Files.writeString(copy, text);
            }
        }
    }

    private String edited(String text) {
        for (String method : stubs) {
            text = stubbed(text, method);
        }
        for (String[] edit : edits) {
            int at = text.indexOf(edit[0]);
            if (at < 0 || text.indexOf(edit[0], at + 1) >= 0) {
                throw new IllegalStateException(name + ": the text to replace must occur exactly once in " + file
                        + " (did the solution change?): " + edit[0]);
            }
            text = text.replace(edit[0], edit[1]);
        }
        return text;
    }
}
