package socketlab.handouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ExcerptsTest {
    private static final String SOURCE = String.join("\n",
            "final class ServerKu {",
            "    public Integer call() {",
            "        sendLine(conn, GREETING);",
            "        return 0;",
            "    }",
            "",
            "    /** Sends the text. */",
            "    static void sendLine(Socket conn, String text) throws IOException {",
            "        // seed: conn.send(...)",
            "        if (text.isEmpty()) {",
            "            return;",
            "        }",
            "        throw new UnsupportedOperationException(\"not implemented yet\");",
            "    }",
            "}");

    @TempDir
    Path folder;

    @Test
    void takesTheDeclarationWithItsJavadocNotACall() throws IOException {
        Path file = Files.writeString(folder.resolve("ServerKu.java"), SOURCE);
        assertThat(Excerpts.method(file, "sendLine")).isEqualTo(String.join("\n",
                "/** Sends the text. */",
                "static void sendLine(Socket conn, String text) throws IOException {",
                "    // seed: conn.send(...)",
                "    if (text.isEmpty()) {",
                "        return;",
                "    }",
                "    throw new UnsupportedOperationException(\"not implemented yet\");",
                "}", ""));
    }

    @Test
    void saysWhichMethodIsMissing() throws IOException {
        Path file = Files.writeString(folder.resolve("ServerKu.java"), SOURCE);
        assertThatThrownBy(() -> Excerpts.method(file, "accept")).hasMessage("ServerKu.java has no method accept");
    }

    @Test
    void keepsEachLanguagesWordsInADiagram() {
        assertThat(Diagrams.inLanguage("A -> B : {read a line|baca satu baris}  [recv]", "id"))
                .isEqualTo("A -> B : baca satu baris  [recv]");
    }
}
