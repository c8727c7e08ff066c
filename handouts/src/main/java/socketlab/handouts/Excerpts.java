package socketlab.handouts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Takes a method, with its Javadoc, out of a stub's source, so that the handouts quote the code as it is. */
public final class Excerpts {

    private Excerpts() {
    }

    /**
     * The method's source, from its Javadoc to its closing brace, indentation removed.
     *
     * @throws IllegalArgumentException if the source has no such method
     */
    public static String method(Path source, String name) throws IOException {
        List<String> lines = Files.readAllLines(source);
        Pattern declaration = Pattern.compile("\\s*((public|protected|private|static|final)\\s+)*\\w[\\w.<>\\[\\], ]*\\s+"
                + Pattern.quote(name) + "\\(.*");
        int signature = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (declaration.matcher(line).matches() && !line.strip().startsWith("return ") && !line.contains(" = ")) {
                signature = i;
                break;
            }
        }
        if (signature < 0) {
            throw new IllegalArgumentException(source.getFileName() + " has no method " + name);
        }
        int start = signature;
        while (start > 0 && (lines.get(start - 1).strip().startsWith("*") || lines.get(start - 1).strip().startsWith("/**"))) {
            start--;
        }
        int depth = 0;
        int end = signature;
        for (int i = signature; i < lines.size(); i++) {
            for (char c : lines.get(i).toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            }
            if (depth == 0 && lines.get(i).contains("}")) {
                end = i;
                break;
            }
        }
        int indent = lines.get(signature).length() - lines.get(signature).stripLeading().length();
        StringBuilder text = new StringBuilder();
        for (String line : lines.subList(start, end + 1)) {
            text.append(line.length() >= indent ? line.substring(indent) : line.strip()).append('\n');
        }
        return text.toString();
    }
}
