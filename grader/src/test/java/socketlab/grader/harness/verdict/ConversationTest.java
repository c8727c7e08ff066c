package socketlab.grader.harness.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import socketlab.grader.course.Text;

/** A transcript shows data escaped as the program sent it, ends where the test diverged, and is cut to its caps. */
final class ConversationTest {

    @Test
    void showsControlBytesEscapedAndLettersOutsideAsciiAsSent() {
        byte[] bytes = "Hai — naïve\r\n\t\u0007".getBytes(StandardCharsets.UTF_8);
        byte[] broken = {'o', 'k', (byte) 0xC3, '!'};
        assertAll(
                () -> assertThat(Conversation.shown(bytes)).isEqualTo("\"Hai — naïve\\r\\n\\t\\x07\""),
                () -> assertThat(Conversation.shown(broken)).as("a byte that is not UTF-8").isEqualTo("\"ok\\xC3!\""),
                () -> assertThat(Conversation.shown("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\""),
                () -> assertThat(Conversation.shown("x".repeat(500))).hasSizeLessThan(210).endsWith("…\""));
    }

    @Test
    void endsWithWhereItWentWrongInEachLanguage() {
        Text transcript = Conversation.transcript(List.of(new Text("ran: ServerKu --port 0", "menjalankan: ServerKu --port 0")),
                new Text("no greeting", "tidak ada salam"));
        assertAll(
                () -> assertThat(transcript.en()).isEqualTo("ran: ServerKu --port 0\n✗ no greeting"),
                () -> assertThat(transcript.id()).isEqualTo("menjalankan: ServerKu --port 0\n✗ tidak ada salam"));
    }

    @Test
    void isCutToFortyLinesAndTwoKibiCharactersSayingSo() {
        List<Text> many = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            many.add(Text.same("step " + i));
        }
        List<Text> long_ = List.of(Text.same("y".repeat(1500)), Text.same("z".repeat(1500)));
        Text manyLines = Conversation.transcript(many, Text.same("wrong"));
        Text longLines = Conversation.transcript(long_, Text.same("wrong"));
        assertAll(
                () -> assertThat(manyLines.en().lines()).hasSize(Conversation.MAX_LINES).last().isEqualTo("… cut"),
                () -> assertThat(manyLines.id().lines()).last().isEqualTo("… dipotong"),
                () -> assertThat(longLines.en()).hasSizeLessThanOrEqualTo(Conversation.MAX_CHARS + 10).endsWith("… cut"));
    }

    @Test
    void notesOnlyIntoTheConversationItsThreadPlays() {
        Conversation test = new Conversation();
        Conversation.note("before", "sebelum");
        String inside = Conversation.recording(test, () -> {
            Conversation.note("the test sent %s", "tes mengirim %s", Conversation.shown("Hai\n"));
            return "done";
        });
        Conversation.note("after", "sesudah");
        assertAll(
                () -> assertThat(inside).isEqualTo("done"),
                () -> assertThat(test.steps()).containsExactly(new Text("the test sent \"Hai\\n\"", "tes mengirim \"Hai\\n\"")));
    }

    @Test
    void saysAProgramsEndOnceWhenItIsSeenTwiceInARow() {
        Conversation test = new Conversation();
        Text ended = Text.same("ClientKu ended with exit code 0");
        Conversation.recording(test, () -> {
            Conversation.noteOnce(ended);
            Conversation.noteOnce(ended);
            Conversation.note(Text.same("the test received \"\""));
            Conversation.noteOnce(ended);
            return null;
        });
        assertThat(test.steps()).containsExactly(ended, Text.same("the test received \"\""), ended);
    }
}
