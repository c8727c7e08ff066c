package socketlab.grader.quiz;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Text;

/**
 * One question of the quiz: which exercise it belongs to, the handout section that explains it, its words in
 * both languages, and either choices (answered by a letter, a to d) or a word or number (answered by any of
 * {@code accepted}, compared without case, spaces or punctuation).
 */
public record Question(String id, Exercise exercise, String section, Text text, List<Text> choices, String answer,
                       List<String> accepted) {

    /** A number as students write it: digits, maybe ".0" or ",0", maybe "%", "kali" or "times" after it. */
    private static final Pattern NUMBER = Pattern.compile("^(\\d+)(?:[.,]0+)?\\s*(?:%|kali|times)?$", Pattern.CASE_INSENSITIVE);

    public Question {
        choices = List.copyOf(choices);
        accepted = List.copyOf(accepted);
    }

    /** Whether the answer is the letter of a choice. */
    public boolean multipleChoice() {
        return !choices.isEmpty();
    }

    /** The letter of the n-th choice, from 0: a, b, c... */
    public static String letter(int index) {
        return String.valueOf((char) ('a' + index));
    }

    /**
     * Why the answer is not accepted, or empty when it is right: blank, not a letter of a choice, or wrong.
     * The reasons quote what was written.
     */
    public Optional<Text> judge(String written) {
        String answer = normalized(written);
        if (answer.isEmpty()) {
            return Optional.of(Text.of("not answered", "tidak dijawab"));
        }
        if (multipleChoice()) {
            String last = letter(choices.size() - 1);
            if (answer.length() != 1 || answer.charAt(0) < 'a' || answer.charAt(0) > last.charAt(0)) {
                return Optional.of(Text.of("answered \"%s\": expected one letter, a to %s", "dijawab \"%s\": diharapkan satu huruf, a sampai %s",
                        written.strip(), last));
            }
            return answer.equals(this.answer) ? Optional.empty()
                    : Optional.of(Text.of("answered %s, which is not right", "dijawab %s, yang tidak tepat", answer));
        }
        return accepted.stream().map(Question::normalized).anyMatch(answer::equals) ? Optional.empty()
                : Optional.of(Text.of("answered \"%s\", which is not right", "dijawab \"%s\", yang tidak tepat", written.strip()));
    }

    /**
     * An answer without case, spaces, quotes, brackets or punctuation: "(B)" and "b." are "b"; a number is its digits:
     * "25.0", "25,0", "25 %" and "25 kali" are "25" (the kit's QuizCheck tells students these forms).
     */
    static String normalized(String written) {
        Matcher number = NUMBER.matcher(written.strip());
        return number.matches() ? new BigInteger(number.group(1)).toString()
                : written.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}]", "");
    }
}
