package socketlab.grader.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A student's quiz answers, read from the plain text file {@code quiz.txt}: one line
 * {@code answer <question>: <answer>} per question; every other line is left alone. Also writes that file:
 * blank for the kit ({@link #template}), or filled with the quiz's own answers ({@link #answered}).
 */
public final class AnswerSheet {
    private static final Pattern ANSWER = Pattern.compile("^\\s*(?:answer|jawaban)\\s+([\\w.-]+)\\s*:(.*)$", Pattern.CASE_INSENSITIVE);

    private final Map<String, String> answers;
    /** The answers written on the line after an empty answer line, by question: the answer line left blank. */
    private final Map<String, String> below;

    private AnswerSheet(Map<String, String> answers, Map<String, String> below) {
        this.answers = answers;
        this.below = below;
    }

    /** The answers in the text of an answer file; the first line for a question counts. */
    public static AnswerSheet read(String text) {
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, String> below = new LinkedHashMap<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            Matcher answer = ANSWER.matcher(lines[i]);
            if (answer.matches()) {
                String question = answer.group(1).toLowerCase(Locale.ROOT);
                answers.putIfAbsent(question, answer.group(2).strip());
                if (answer.group(2).isBlank() && i + 1 < lines.length && looseAnswer(lines[i + 1])) {
                    below.putIfAbsent(question, lines[i + 1].strip());
                }
            }
        }
        return new AnswerSheet(answers, below);
    }

    /** A line that is none of the template's own (blank, a comment, a question's heading, text or choice): an answer. */
    private static boolean looseAnswer(String line) {
        String text = line.strip();
        return !text.isEmpty() && !text.startsWith("#") && !text.startsWith("==") && !text.startsWith("EN:")
                && !text.startsWith("ID:") && !text.matches("^[a-z]\\)\\s.*") && !ANSWER.matcher(line).matches();
    }

    /**
     * Where every answer stands on the line after its empty answer line (no answer line holds one): the first
     * such question and its answer, to show how the line should look; empty otherwise.
     */
    public Optional<Map.Entry<String, String>> answersOnTheNextLine() {
        boolean noneOnItsLine = answers.values().stream().allMatch(String::isEmpty);
        return noneOnItsLine ? below.entrySet().stream().findFirst() : Optional.empty();
    }

    /** Whether the file has no answer line at all: not the kit's template, or one whose lines were rewritten. */
    public boolean malformed() {
        return answers.isEmpty();
    }

    /** What was written for the question; empty when its answer line is missing. */
    public Optional<String> answerTo(Question question) {
        return Optional.ofNullable(answers.get(question.id()));
    }

    /** The kit's answer file: every question in both languages, with an empty answer line. */
    public static String template(Quiz quiz) {
        return write(quiz, false);
    }

    /** The answer file with the quiz's own answers, for grading the reference and proving the quiz. */
    public static String answered(Quiz quiz) {
        return write(quiz, true);
    }

    private static String write(Quiz quiz, boolean withAnswers) {
        List<String> lines = new ArrayList<>(List.of(
                "# socket-lab: quiz / kuis",
                "#",
                "# EN: Answer each question on its \"answer\" line: the letter of one choice (a, b, c or d), or the",
                "#     word or number the question asks for. Leave the other lines as they are. Hand this file in",
                "#     with your work, anywhere in it; the grader finds it by its name, " + Quiz.FILE + ".",
                "# ID: Jawab setiap pertanyaan pada baris \"answer\"-nya: huruf satu pilihan (a, b, c atau d), atau",
                "#     kata atau angka yang diminta pertanyaannya. Biarkan baris lainnya apa adanya. Kumpulkan berkas",
                "#     ini bersama pekerjaan Anda, di mana saja; penilai menemukannya lewat namanya, " + Quiz.FILE + "."));
        for (Question question : quiz.questions()) {
            lines.add("");
            lines.add("== " + question.id() + " (" + question.exercise().module() + ", " + question.exercise().program() + ")");
            lines.add("EN: " + question.text().en());
            lines.add("ID: " + question.text().id());
            for (int i = 0; i < question.choices().size(); i++) {
                lines.add("  " + Question.letter(i) + ") EN: " + question.choices().get(i).en());
                lines.add("     ID: " + question.choices().get(i).id());
            }
            lines.add("answer " + question.id() + ": " + (withAnswers ? question.answer() : ""));
        }
        return String.join("\n", lines) + "\n";
    }
}
