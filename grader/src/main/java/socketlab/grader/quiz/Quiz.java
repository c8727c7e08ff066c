package socketlab.grader.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Text;

/**
 * The course's quiz: a few questions per exercise about what the code means, the kind the seed's practicum
 * asks ("explain the code"), each graded exactly. The questions and their answers live only in the grader
 * ({@code quiz.json}); students get {@link AnswerSheet#template}, the questions without answers.
 */
public record Quiz(List<Question> questions) {
    /** The answer file's name, in the kit and in a submission. */
    public static final String FILE = "quiz.txt";

    public Quiz {
        questions = List.copyOf(questions);
    }

    /** The course's quiz, in the course's order of exercises; read once per JVM. */
    public static Quiz course() {
        return Course.QUIZ;
    }

    private static final class Course {
        static final Quiz QUIZ = read();
    }

    private static Quiz read() {
        try (InputStream json = Quiz.class.getResourceAsStream("quiz.json")) {
            if (json == null) {
                throw new IllegalStateException("the grader lacks its quiz: socketlab/grader/quiz/quiz.json");
            }
            List<Question> questions = new ArrayList<>();
            for (JsonNode node : new ObjectMapper().readTree(json).get("questions")) {
                questions.add(question(node));
            }
            questions.sort((a, b) -> Integer.compare(a.exercise().ordinal(), b.exercise().ordinal()));
            return new Quiz(questions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the grader's quiz", e);
        }
    }

    /** The questions about one exercise. */
    public List<Question> of(Exercise exercise) {
        return questions.stream().filter(question -> question.exercise() == exercise).toList();
    }

    private static Question question(JsonNode node) {
        String module = node.get("exercise").asText();
        Exercise exercise = Arrays.stream(Exercise.values()).filter(candidate -> candidate.module().equals(module)).findFirst()
                .orElseThrow(() -> new IllegalStateException("quiz question " + node.get("id").asText() + " names no exercise: " + module));
        List<Text> choices = new ArrayList<>();
        node.path("choices").forEach(choice -> choices.add(new Text(choice.get("en").asText(), choice.get("id").asText())));
        List<String> accepted = new ArrayList<>();
        node.path("accept").forEach(word -> accepted.add(word.asText()));
        return new Question(node.get("id").asText(), exercise, node.get("section").asText(),
                new Text(node.get("en").asText(), node.get("id_text").asText()), choices, node.get("answer").asText(), accepted);
    }
}
