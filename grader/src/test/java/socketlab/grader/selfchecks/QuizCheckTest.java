package socketlab.grader.selfchecks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.quiz.AnswerSheet;
import socketlab.grader.quiz.Question;
import socketlab.grader.quiz.Quiz;

/**
 * The kit's quiz self-check, run as a student runs it ({@code java selfcheck/src/main/java/socketlab/selfcheck/QuizCheck.java},
 * the JDK's single-file launch): it lists blanks and unreadable forms one line each, passes every form the grader
 * accepts, and says the same of right and wrong answers, so it reveals none. One test launches the source file as a
 * student does; the others run it compiled once, which is quicker.
 */
final class QuizCheckTest {
    private static final Quiz QUIZ = Quiz.course();
    private static final Path QUIZ_CHECK = SelfCheckBuild.REPOSITORY.resolve("exercises/selfcheck/src/main/java/socketlab/selfcheck/QuizCheck.java");

    @TempDir
    Path folder;

    @TempDir
    static Path compiled;

    @BeforeAll
    static void compileOnce() {
        int javac = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", compiled.toString(), QUIZ_CHECK.toString());
        assertThat(javac).as("javac QuizCheck.java").isZero();
    }

    @Test
    void theKitsBlankQuizListsEveryQuestionAsBlankInEitherLanguage() throws IOException, InterruptedException {
        Checked english = check(AnswerSheet.template(QUIZ), "en");
        Checked indonesian = check(AnswerSheet.template(QUIZ), "id");
        assertAll(
                () -> assertThat(english.exit()).isEqualTo(1),
                () -> assertThat(english.output().lines().filter(line -> line.endsWith(": blank")))
                        .containsExactlyElementsOf(QUIZ.questions().stream().map(question -> question.id() + ": blank").toList()),
                () -> assertThat(english.output()).contains("quiz.txt: " + QUIZ.questions().size() + " to fix. The forms that count:"),
                () -> assertThat(indonesian.output().lines().filter(line -> line.endsWith(": kosong"))).hasSize(QUIZ.questions().size()),
                () -> assertThat(indonesian.output()).contains("yang perlu diperbaiki. Bentuk yang dihitung:"));
    }

    @Test
    void rightAndWrongAnswersInReadableFormsGetTheSameWordsSoNoAnswerIsRevealed() throws IOException, InterruptedException {
        String right = AnswerSheet.answered(QUIZ);
        String wrong = right;
        for (Question question : QUIZ.questions()) {
            String other = question.multipleChoice() ? (question.answer().equals("a") ? "b" : "a")
                    : question.answer().matches("\\d+") ? "99" : "maybe";
            wrong = wrong.replace("answer " + question.id() + ": " + question.answer() + "\n", "answer " + question.id() + ": " + other + "\n");
        }
        Checked rightChecked = check(right, "en");
        Checked wrongChecked = check(wrong, "en");
        String wrongSheet = wrong;
        assertAll(
                () -> assertThat(notAccepted(wrongSheet)).as("the wrong sheet's grade: nothing right")
                        .hasSameSizeAs(QUIZ.questions()),
                () -> assertThat(wrongSheet).isNotEqualTo(right),
                () -> assertThat(rightChecked.exit()).as(rightChecked.output()).isZero(),
                () -> assertThat(wrongChecked).isEqualTo(rightChecked));
    }

    @Test
    void everyFormTheGraderAcceptsPasses() throws IOException, InterruptedException {
        List<String> flagged = new ArrayList<>();
        // sheet k answers each question with its k-th accepted form (its last, where it has fewer): a few runs in all
        int most = QUIZ.questions().stream().mapToInt(question -> Math.max(2, question.accepted().size())).max().orElseThrow();
        for (int k = 0; k < most; k++) {
            String sheet = AnswerSheet.answered(QUIZ);
            for (Question question : QUIZ.questions()) {
                List<String> forms = question.multipleChoice() ? List.of(question.answer().toUpperCase(Locale.ROOT), "(" + question.answer() + ")")
                        : question.accepted();
                sheet = sheet.replace("answer " + question.id() + ": " + question.answer() + "\n",
                        "answer " + question.id() + ": " + forms.get(Math.min(k, forms.size() - 1)) + "\n");
            }
            Checked checked = check(sheet, "en");
            assertThat(notAccepted(sheet)).as("what the grader does not accept in sheet %d", k).isEmpty();
            if (checked.exit() != 0) {
                flagged.add(checked.output());
            }
        }
        assertThat(flagged).as("forms the grader accepts but QuizCheck flags").isEmpty();
    }

    @Test
    void namesEachUnreadableAnswerAMissingLineAndAnAnswerBelowItsLineOneLineEach() throws IOException, InterruptedException {
        String sheet = AnswerSheet.answered(QUIZ).replace("answer server.1: b\n", "answer server.1: e\n")
                .replace("answer udp-ping.3: 25\n", "answer udp-ping.3: 25 persen\n").replace("answer server.3: b\n", "")
                .replace("answer client.2: refused\n", "answer client.2:\nrefused\n");
        Checked checked = check(sheet, "en");
        assertAll(
                () -> assertThat(checked.exit()).isEqualTo(1),
                () -> assertThat(checked.output().lines().toList()).startsWith(
                        "server.1: \"e\" is not one letter, a to d",
                        "client.2: blank; write the answer on the line \"answer client.2:\" itself, not below it",
                        "udp-ping.3: \"25 persen\" is not a number the grader reads: write the digits alone, such as 7",
                        "server.3: its line \"answer server.3:\" is gone; put it back below the question"),
                () -> assertThat(checked.output()).contains("quiz.txt: 4 to fix."));
    }

    @Test
    void launchedAsASourceFileWithoutTheQuizFileItSaysWhereToRunItAndExits2() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(java(), "-Dselfcheck.lang=en", QUIZ_CHECK.toString(), folder.resolve("nothing.txt").toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertAll(
                () -> assertThat(process.exitValue()).isEqualTo(2),
                () -> assertThat(output.strip()).startsWith("QuizCheck: no file ")
                        .endsWith("run it in the kit's folder, or give the path of your quiz.txt"));
    }

    /** What QuizCheck printed and its exit code. */
    private record Checked(int exit, String output) {
    }

    private Checked check(String sheet, String lang) throws IOException, InterruptedException {
        Path file = folder.resolve("quiz.txt");
        Files.writeString(file, sheet);
        Process process = new ProcessBuilder(java(), "-Dselfcheck.lang=" + lang, "-cp", compiled.toString(), "socketlab.selfcheck.QuizCheck",
                file.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("QuizCheck ended").isTrue();
        return new Checked(process.exitValue(), output);
    }

    /** The questions whose answer in the sheet the grader does not accept. */
    private static List<String> notAccepted(String sheet) {
        AnswerSheet answers = AnswerSheet.read(sheet);
        return QUIZ.questions().stream().filter(question -> question.judge(answers.answerTo(question).orElse("")).isPresent())
                .map(Question::id).toList();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
