package socketlab.grader.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An evaluation's output read as Moodle VPL reads it (mod_vpl's {@code vpl_submission.class.php}): the grade is the
 * last line matching {@code /^Grade :=>>(.*)$/m}, trimmed; a comment block runs from a line holding only {@code <|--}
 * (or a {@code Comment :=>>} line) to a line holding only {@code --|>}, or to the end when unterminated.
 */
public record VplOutput(Optional<String> grade, List<List<String>> blocks) {
    private static final Pattern GRADE = Pattern.compile("^Grade :=>>(.*)$", Pattern.MULTILINE);
    private static final Pattern START = Pattern.compile("^[ \\t]*(Comment :=>>(.*)|<\\|--)[ \\t]*$");
    private static final Pattern END = Pattern.compile("^[ \\t]*--\\|>[ \\t]*$");

    public static VplOutput parse(String output) {
        String text = output.replace("\r\n", "\n");
        Optional<String> grade = Optional.empty();
        Matcher found = GRADE.matcher(text);
        while (found.find()) {
            grade = Optional.of(found.group(1).trim());
        }
        List<List<String>> blocks = new ArrayList<>();
        List<String> open = null;
        for (String line : text.split("\n", -1)) {
            if (open == null) {
                Matcher start = START.matcher(line);
                if (start.matches()) {
                    if (start.group(2) != null) {
                        blocks.add(List.of(start.group(2)));
                    } else {
                        open = new ArrayList<>();
                    }
                }
            } else if (END.matcher(line).matches()) {
                blocks.add(open);
                open = null;
            } else {
                open.add(line);
            }
        }
        if (open != null) {
            blocks.add(open);
        }
        return new VplOutput(grade, blocks);
    }
}
