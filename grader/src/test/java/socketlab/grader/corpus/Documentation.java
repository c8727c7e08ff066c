package socketlab.grader.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Javadoc of the course's programs, gap methods and given code alike, as the kit hands it out: the words a hidden
 * test's {@code judges} and a mutant's {@code breaks:} line name a behaviour by. {@code Program: words} names words of a
 * class's (or nested type's) Javadoc, {@code Program.member: words} words of a method's or nested type's.
 */
final class Documentation {
    private static final Pattern DOCUMENTED = Pattern.compile(
            "/\\*\\*(.*?)\\*/\\s*\\n\\s*(?:@\\w+\\s+)*((?:public |private |protected |static |final |abstract |sealed )*)"
                    + "(?:(?:class|record|enum|interface) (\\w+)|[\\w.<>\\[\\], ?]+ (\\w+)\\()", Pattern.DOTALL);

    private final Map<String, String> docs;

    private Documentation(Map<String, String> docs) {
        this.docs = docs;
    }

    /** The documentation of every Java source under {@code solutions}. */
    static Documentation ofCourse(Path solutions) {
        Map<String, String> docs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(solutions)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java") && path.toString().contains("/src/main/")).sorted()
                    .toList()) {
                String program = file.getFileName().toString().replace(".java", "");
                Matcher documented = DOCUMENTED.matcher(Files.readString(file));
                while (documented.find()) {
                    String text = documented.group(1).lines().map(line -> line.strip().replaceFirst("^\\* ?", ""))
                            .reduce((a, b) -> a + " " + b).orElse("").strip();
                    String type = documented.group(3);
                    String key = type != null && type.equals(program) ? program : program + "." + (type != null ? type : documented.group(4));
                    docs.merge(key, text, (a, b) -> a + " " + b);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Documentation(docs);
    }

    /** Whether the program (a class of the solutions) has Javadoc here. */
    boolean documents(String program) {
        return docs.containsKey(program);
    }

    /** Why the reference names no words of the documentation, or empty if it does. */
    Optional<String> unresolved(String reference) {
        String[] parts = reference.split(": ", 2);
        if (parts.length < 2 || parts[1].isBlank()) {
            return Optional.of("\"" + reference + "\" is not \"Program.member: words\" or \"Program: words\"");
        }
        String doc = docs.get(parts[0]);
        if (doc == null) {
            return Optional.of("\"" + reference + "\": no Javadoc of " + parts[0] + " in the solutions");
        }
        return doc.contains(parts[1]) ? Optional.empty()
                : Optional.of("\"" + reference + "\": the Javadoc of " + parts[0] + " does not say \"" + parts[1] + "\": " + doc);
    }
}
