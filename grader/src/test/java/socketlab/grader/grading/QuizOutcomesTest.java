package socketlab.grader.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.course.Status;
import socketlab.grader.quiz.AnswerSheet;
import socketlab.grader.quiz.Quiz;
import socketlab.grader.result.Outcome;

/** The quiz is scored from a submission's quiz.txt: the right answers score all, the kit's template none, and a bad file only the quiz. */
final class QuizOutcomesTest {
    private static final Quiz QUIZ = Quiz.course();

    @TempDir
    Path submission;

    @Test
    void theTemplateFilledWithTheRightAnswersScoresEveryPoint() throws IOException {
        write("quiz.txt", AnswerSheet.answered(QUIZ));
        List<Outcome> outcomes = QuizOutcomes.of(QUIZ, submission);
        assertAll(
                () -> assertThat(outcomes).hasSameSizeAs(QUIZ.questions()).allSatisfy(outcome -> assertThat(outcome.status())
                        .as("%s: %s", outcome.test(), outcome.reason().en()).isEqualTo(Status.PASSED)),
                () -> assertThat(outcomes.stream().mapToInt(Outcome::points).sum()).isEqualTo(QUIZ.questions().size()),
                () -> assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.isQuiz()).isTrue()));
    }

    @Test
    void theBlankTemplateScoresNothingAndSaysNotAnswered() throws IOException {
        write("quiz.txt", AnswerSheet.template(QUIZ));
        assertThat(QuizOutcomes.of(QUIZ, submission)).allSatisfy(outcome -> assertAll(
                () -> assertThat(outcome.status()).isEqualTo(Status.FAILED),
                () -> assertThat(outcome.reason().en()).isEqualTo("not answered"),
                () -> assertThat(outcome.reason().id()).isEqualTo("tidak dijawab")));
    }

    @Test
    void aWrongAnswerIsQuotedAndSendsToItsHandoutSection() throws IOException {
        String answers = AnswerSheet.answered(QUIZ).replace("answer server.1: b", "answer server.1: d")
                .replace("answer client.2: refused", "answer client.2: timeout")
                .replace("answer server.2: c", "answer server.2: maybe");
        write("tugas/ahmad/Quiz.TXT", answers);
        List<Outcome> outcomes = QuizOutcomes.of(QUIZ, submission);
        assertAll(
                () -> assertThat(reasonOf(outcomes, "server.1")).isEqualTo("answered d, which is not right"),
                () -> assertThat(reasonOf(outcomes, "client.2")).isEqualTo("answered \"timeout\", which is not right"),
                () -> assertThat(reasonOf(outcomes, "server.2")).isEqualTo("answered \"maybe\": expected one letter, a to d"),
                () -> assertThat(outcomes).filteredOn(outcome -> outcome.test().equals("quiz.server.1")).singleElement()
                        .extracting(Outcome::section).isEqualTo("server#bind-listen"),
                () -> assertThat(outcomes).filteredOn(outcome -> outcome.status() == Status.PASSED).hasSize(QUIZ.questions().size() - 3));
    }

    @Test
    void wordAnswersAreComparedWithoutCaseOrPunctuationAndInEitherLanguage() throws IOException {
        write("quiz.txt", AnswerSheet.answered(QUIZ).replace("answer client.2: refused", "ANSWER client.2:  Ditolak.")
                .replace("answer looping-server.1: 1", "jawaban looping-server.1: once").replace("answer server.3: b", "answer server.3: (B)"));
        assertThat(QuizOutcomes.of(QUIZ, submission)).allSatisfy(outcome -> assertThat(outcome.status())
                .as("%s: %s", outcome.test(), outcome.reason().en()).isEqualTo(Status.PASSED));
    }

    @Test
    void aNumberIsReadByItsDigitsWithOrWithoutADecimalZeroAPercentSignOrAUnit() throws IOException {
        write("quiz.txt", AnswerSheet.answered(QUIZ).replace("answer udp-ping.3: 25", "answer udp-ping.3: 25,0 %")
                .replace("answer looping-server.1: 1", "answer looping-server.1: 1.0")
                .replace("answer address-detail.1: 2", "answer address-detail.1: 02")
                .replace("answer framed-server.3: 17", "answer framed-server.3: 17 Times"));
        List<Outcome> outcomes = QuizOutcomes.of(QUIZ, submission);
        assertAll(
                () -> assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.status())
                        .as("%s: %s", outcome.test(), outcome.reason().en()).isEqualTo(Status.PASSED)),
                () -> assertThat(QuizOutcomes.of(QUIZ, withAnswer("udp-ping.3", "25.5"))).as("a number that is not the answer")
                        .filteredOn(outcome -> outcome.status() == Status.FAILED).extracting(Outcome::test).containsExactly("quiz.udp-ping.3"));
    }

    @Test
    void aMissingFileCostsOnlyTheQuizWithALineThatSaysSo() {
        assertThat(QuizOutcomes.of(QUIZ, submission)).allSatisfy(outcome -> assertAll(
                () -> assertThat(outcome.status()).isEqualTo(Status.MISSING),
                () -> assertThat(outcome.maxPoints()).isEqualTo(1),
                () -> assertThat(outcome.reason().en()).startsWith("no quiz.txt in the submission")));
    }

    @Test
    void aFileWithoutAnswerLinesOrNotTextSaysWhatIsWrong() throws IOException {
        write("quiz.txt", "1. b\n2. c\n");
        assertThat(QuizOutcomes.of(QUIZ, submission)).allSatisfy(outcome -> assertThat(outcome.reason().en())
                .isEqualTo("quiz.txt has no line \"answer <question>: <answer>\": write your answers into the kit's template"));
        Files.write(submission.resolve("quiz.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 'b'});
        assertThat(QuizOutcomes.of(QUIZ, submission)).allSatisfy(outcome -> assertThat(outcome.reason().en())
                .isEqualTo("quiz.txt is not a text file (UTF-8, at most 256 KiB)"));
    }

    @Test
    void aQuestionWhoseLineWasDeletedSaysWhichLineIsMissing() throws IOException {
        write("quiz.txt", AnswerSheet.answered(QUIZ).replace("answer server.3: b\n", ""));
        assertThat(reasonOf(QuizOutcomes.of(QUIZ, submission), "server.3")).isEqualTo("quiz.txt has no line \"answer server.3:\"");
    }

    @Test
    void answersOnTheLineAfterTheirAnswerLinesAreNamedOnceWithTheLineAsItShouldBe() throws IOException {
        String below = AnswerSheet.answered(QUIZ).replaceAll("(?m)^(answer [\\w.-]+:) (.*)$", "$1\n$2");
        write("quiz.txt", below);
        List<Outcome> outcomes = QuizOutcomes.of(QUIZ, submission);
        assertAll(
                () -> assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.status()).isEqualTo(Status.FAILED)),
                () -> assertThat(outcomes).extracting(outcome -> outcome.reason().en()).containsOnly("the answers in quiz.txt stand on"
                        + " the line after their \"answer\" line, which is empty: write each on that line, as \"answer server.1: b\""),
                () -> assertThat(outcomes).extracting(outcome -> outcome.reason().id()).containsOnly("jawaban di quiz.txt ada di baris"
                        + " sesudah baris \"answer\"-nya, yang kosong: tulis setiap jawaban di baris itu, seperti \"answer server.1: b\""));
    }

    @Test
    void aBlankAnswerLineBeforeTheNextQuestionIsOnlyNotAnswered() throws IOException {
        write("quiz.txt", AnswerSheet.template(QUIZ).replace("answer server.1: \n", "answer server.1: \nsee my notes\n")
                .replace("answer server.2: ", "answer server.2: c"));
        assertThat(reasonOf(QuizOutcomes.of(QUIZ, submission), "server.1")).isEqualTo("not answered");
    }

    private Path withAnswer(String question, String answer) throws IOException {
        write("quiz.txt", AnswerSheet.answered(QUIZ).replaceFirst("(?m)^answer " + question.replace(".", "\\.") + ": .*$",
                "answer " + question + ": " + answer));
        return submission;
    }

    private void write(String name, String text) throws IOException {
        Path file = submission.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String reasonOf(List<Outcome> outcomes, String question) {
        return outcomes.stream().filter(outcome -> outcome.test().equals(Outcome.QUIZ + question)).findFirst().orElseThrow().reason().en();
    }
}
