package socketlab.selfcheck;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quiz's self-check: reads {@code quiz.txt} and says, for each question, whether its answer stands on its own
 * line in a form the grader reads, and which are still blank. It knows the questions only from the file itself
 * (their choices, and "(a number)" in their text), so it never knows, nor shows, a right answer.
 *
 * <p>Run it from the kit's folder, in any shell, with the JDK alone: {@code java
 * selfcheck/src/main/java/socketlab/selfcheck/QuizCheck.java} (or give the file's path). Exit code 0: every answer
 * is there and readable; 1: something to fix, listed one line each; 2: no such file. It stands alone in its file
 * (Java runs a single source file only), so it chooses its language itself, as Words does.
 */
public final class QuizCheck {
    private static final Pattern HEADING = Pattern.compile("^==\\s*([\\w.-]+)\\b.*$");
    private static final Pattern ANSWER = Pattern.compile("^\\s*(?:answer|jawaban)\\s+([\\w.-]+)\\s*:(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHOICE = Pattern.compile("^\\s+([a-z])\\)\\s.*$");
    /** A number as the grader reads it: digits, maybe ".0" or ",0", maybe "%", "kali" or "times" after it. */
    private static final Pattern NUMBER = Pattern.compile("^\\d+([.,]0+)?\\s*(%|kali|times)?$", Pattern.CASE_INSENSITIVE);

    private QuizCheck() {
    }

    /** One question as the file shows it: its choices' last letter (none for a word or number) and its kind. */
    private record Question(String id, char lastChoice, boolean number) {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "quiz.txt");
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            System.err.println(say("QuizCheck: no file " + file + "; run it in the kit's folder, or give the path of your quiz.txt",
                    "QuizCheck: tidak ada berkas " + file + "; jalankan di folder kit, atau beri path quiz.txt Anda"));
            System.exit(2);
            return;
        }
        List<String> problems = problems(text);
        problems.forEach(System.out::println);
        System.out.println(problems.isEmpty()
                ? say("quiz.txt: every answer is on its line, in a form the grader reads. (Whether it is right, the grading says.)",
                        "quiz.txt: setiap jawaban ada di barisnya, dalam bentuk yang dibaca penilai. (Benar atau tidak, penilaian yang menentukan.)")
                : say("quiz.txt: " + problems.size() + " to fix. The forms that count: one letter a to d for a choice (A or a); "
                        + "a number in digits (25, 25.0, 25% and 25 kali all read as 25) or in words; a word in English or Indonesian, "
                        + "in any letter case.",
                        "quiz.txt: " + problems.size() + " yang perlu diperbaiki. Bentuk yang dihitung: satu huruf a sampai d untuk "
                        + "pilihan (A atau a); angka dengan digit (25, 25.0, 25% dan 25 kali terbaca 25) atau dengan kata; kata dalam bahasa "
                        + "Inggris atau Indonesia, huruf besar atau kecil."));
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    /** What to fix in a quiz file, one line each, in this run's language; empty when every answer is readable. */
    static List<String> problems(String text) {
        Map<String, Question> questions = questions(text);
        Map<String, String> answers = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher answer = ANSWER.matcher(lines[i]);
            if (!answer.matches()) {
                continue;
            }
            String id = answer.group(1).toLowerCase(Locale.ROOT);
            if (answers.containsKey(id)) {
                problems.add(say("line " + (i + 1) + ": a second answer line for " + id + "; only the first counts",
                        "baris " + (i + 1) + ": baris jawaban kedua untuk " + id + "; hanya yang pertama dihitung"));
                continue;
            }
            String written = answer.group(2).strip();
            answers.put(id, written);
            Question question = questions.get(id);
            if (question == null) {
                problems.add(say("line " + (i + 1) + ": no question " + id + " in this file", "baris " + (i + 1) + ": tidak ada pertanyaan "
                        + id + " di berkas ini"));
            } else if (written.isEmpty()) {
                boolean below = i + 1 < lines.length && !lines[i + 1].isBlank() && !lines[i + 1].startsWith("==");
                problems.add(below ? say(id + ": blank; write the answer on the line \"answer " + id + ":\" itself, not below it",
                        id + ": kosong; tulis jawaban pada baris \"answer " + id + ":\" itu sendiri, bukan di bawahnya")
                        : say(id + ": blank", id + ": kosong"));
            } else {
                form(question, written).ifPresent(problems::add);
            }
        }
        questions.keySet().stream().filter(id -> !answers.containsKey(id)).forEach(id -> problems.add(say(
                id + ": its line \"answer " + id + ":\" is gone; put it back below the question",
                id + ": barisnya \"answer " + id + ":\" hilang; tulis lagi di bawah pertanyaannya")));
        return problems;
    }

    private static Optional<String> form(Question question, String written) {
        String bare = written.toLowerCase(Locale.ROOT).replaceAll("[\\s()\\[\\].]", "");
        if (question.lastChoice() != 0 && (bare.length() != 1 || bare.charAt(0) < 'a' || bare.charAt(0) > question.lastChoice())) {
            return Optional.of(say(question.id() + ": \"" + written + "\" is not one letter, a to " + question.lastChoice(),
                    question.id() + ": \"" + written + "\" bukan satu huruf, a sampai " + question.lastChoice()));
        }
        if (question.number() && !NUMBER.matcher(written.strip()).matches() && !written.strip().matches("[\\p{L} ]+")) {
            return Optional.of(say(question.id() + ": \"" + written + "\" is not a number the grader reads: write the digits alone, such as 7",
                    question.id() + ": \"" + written + "\" bukan angka yang dibaca penilai: tulis digitnya saja, misalnya 7"));
        }
        return Optional.empty();
    }

    /** The file's questions by id, in its order, each with its last choice's letter and whether it asks for a number. */
    private static Map<String, Question> questions(String text) {
        Map<String, Question> questions = new LinkedHashMap<>();
        Question current = null;
        for (String line : text.split("\\R", -1)) {
            Matcher heading = HEADING.matcher(line);
            Matcher choice = CHOICE.matcher(line);
            if (heading.matches()) {
                current = new Question(heading.group(1).toLowerCase(Locale.ROOT), (char) 0, false);
            } else if (current != null && choice.matches()) {
                current = new Question(current.id(), choice.group(1).charAt(0), current.number());
            } else if (current != null && line.startsWith("EN:") && line.contains("(a number)")) {
                current = new Question(current.id(), current.lastChoice(), true);
            }
            if (current != null) {
                questions.put(current.id(), current);
            }
        }
        return questions;
    }

    private static String say(String english, String indonesian) {
        String chosen = System.getProperty("selfcheck.lang", "").strip();
        String lang = chosen.isEmpty() ? Locale.getDefault().getLanguage() : chosen.toLowerCase(Locale.ROOT);
        return lang.equals("id") || lang.equals("in") ? indonesian : english;
    }
}
