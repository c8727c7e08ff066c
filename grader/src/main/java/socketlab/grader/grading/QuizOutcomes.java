package socketlab.grader.grading;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.quiz.AnswerSheet;
import socketlab.grader.quiz.Question;
import socketlab.grader.quiz.Quiz;
import socketlab.grader.quiz.QuizFile;
import socketlab.grader.result.Outcome;

/**
 * Scores the quiz of a submission: one point per question, from its {@code quiz.txt}. A missing, unreadable or
 * malformed file costs only the quiz's points, each with a line that says so; a wrong answer quotes it and
 * points at the handout section to reread.
 */
final class QuizOutcomes {

    private QuizOutcomes() {
    }

    /** An outcome per question of the course's quiz, for the submission in {@code folder}. */
    static List<Outcome> of(Quiz quiz, Path folder) {
        Optional<Path> file = QuizFile.find(folder);
        Optional<String> text = file.flatMap(QuizFile::read);
        AnswerSheet sheet = AnswerSheet.read(text.orElse(""));
        List<Outcome> outcomes = new ArrayList<>();
        for (Question question : quiz.questions()) {
            Status status = Status.FAILED;
            Text reason;
            if (file.isEmpty()) {
                status = Status.MISSING;
                reason = Text.of("no %s in the submission: the kit's %s with your answers earns these points",
                        "tidak ada %s di dalam kiriman: %s dari kit berisi jawaban Anda memberi poin ini", Quiz.FILE, Quiz.FILE);
            } else if (text.isEmpty()) {
                reason = Text.of("%s is not a text file (UTF-8, at most 256 KiB)", "%s bukan berkas teks (UTF-8, paling besar 256 KiB)",
                        Quiz.FILE);
            } else if (sheet.malformed()) {
                reason = Text.of("%s has no line \"answer <question>: <answer>\": write your answers into the kit's template",
                        "%s tidak punya baris \"answer <pertanyaan>: <jawaban>\": tulis jawaban Anda di template dari kit", Quiz.FILE);
            } else if (sheet.answersOnTheNextLine().isPresent()) {
                Map.Entry<String, String> first = sheet.answersOnTheNextLine().get();
                reason = Text.of("the answers in %s stand on the line after their \"answer\" line, which is empty: write each on"
                        + " that line, as \"answer %s: %s\"", "jawaban di %s ada di baris sesudah baris \"answer\"-nya, yang"
                        + " kosong: tulis setiap jawaban di baris itu, seperti \"answer %s: %s\"", Quiz.FILE, first.getKey(),
                        first.getValue());
            } else {
                Optional<String> written = sheet.answerTo(question);
                Optional<Text> wrong = written.map(question::judge).orElse(Optional.of(Text.of(
                        "%s has no line \"answer %s:\"", "%s tidak punya baris \"answer %s:\"", Quiz.FILE, question.id())));
                status = wrong.isEmpty() ? Status.PASSED : Status.FAILED;
                reason = wrong.orElse(Text.same(""));
            }
            outcomes.add(new Outcome(Outcome.Kind.QUIZ, question.exercise(), Outcome.QUIZ + question.id(),
                    new Text("quiz " + question.id() + ": " + question.text().en(), "kuis " + question.id() + ": " + question.text().id()),
                    1, status, reason, question.section(), Duration.ZERO, Outcome.Attempt.FIRST, Text.same("")));
        }
        return outcomes;
    }
}
