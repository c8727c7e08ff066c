package socketlab.grader.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import org.junit.jupiter.api.Test;

/** A sentence in both languages, built around what it quotes. */
final class TextTest {

    @Test
    void quotesWhatItIsAboutAsItIsEvenWithPercentSigns() {
        Text what = Text.of("\"100%% done\" from %s", "\"100%% selesai\" dari %s", "ServerKu");
        Text about = Text.about(what, "expected {what}, %d times", "diharapkan {what}, %d kali", 2);
        assertAll(
                () -> assertThat(about.in(Lang.EN)).isEqualTo("expected \"100% done\" from ServerKu, 2 times"),
                () -> assertThat(about.in(Lang.ID)).isEqualTo("diharapkan \"100% selesai\" dari ServerKu, 2 kali"));
    }
}
