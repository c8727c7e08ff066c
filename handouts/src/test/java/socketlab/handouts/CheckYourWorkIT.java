package socketlab.handouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import socketlab.grader.course.Exercise;

/**
 * Every chapter's "check your work" runs as written, with the solutions' jars where the kit's build puts them and the
 * kit's Python programs: in a network namespace of its own (the commands use port 12345, as a student's do), a line
 * ending in {@code &} starts a program and the next waits until something listens on 12345 there; every other line
 * must end with exit code 0, and a background program that ended must too (one still running is stopped, as a
 * student's Ctrl+C). The commands run as one bash script, as a student types them, inside {@code unshare --net}. The
 * {@code ./mvnw} lines are not run (the self-checks run elsewhere): each must name this chapter's module. A comment
 * {@code with host = "127.0.0.1" set in it} is done to the kit's copy of that Python file, as the student does. The
 * Windows forms are checked as text: the note names {@code .\mvnw.cmd}, and no line has a class path (whose separator differs).
 * Needs root and unshare; without them it says "skipped" and why.
 */
final class CheckYourWorkIT {
    private static final Pattern BLOCK = Pattern.compile(
            "^## (?:Check your work|Memeriksa pekerjaan Anda|Periksa pekerjaan Anda|Periksa hasilmu)\\n\\n"
            + "```sh\\n(.*?)\\n```\\n\\n(.*?)(?:\\n## |\\z)", Pattern.MULTILINE | Pattern.DOTALL);

    @TempDir
    Path kit;

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"server, en", "looping-server, en", "client, en", "address-detail, en", "other-addresses, en", "udp-server, en",
        "udp-ping, en", "framed-server, en", "concurrent-server, en", "server, id", "udp-ping, id", "framed-server, id"})
    void runsAsWrittenOnTheSolutions(String module, String lang) throws IOException, InterruptedException {
        Matcher section = BLOCK.matcher(Files.readString(StudentKitIT.REPOSITORY.resolve("handouts").resolve(lang).resolve(module + ".md")));
        assertThat(section.find()).as("the chapter's check-your-work section: a sh block, then a note").isTrue();
        List<String> lines = List.of(section.group(1).replace("\\\n", "").split("\n"));
        String note = section.group(2);
        assertAll(
                () -> assertThat(note).as("the PowerShell and cmd forms").contains("`.\\mvnw.cmd`", "`mvnw`"),
                () -> assertThat(lines).as("no class path (its separator is ':' or ';')")
                        .noneMatch(line -> line.matches(".*\\s-(cp|classpath)\\s.*")),
                () -> assertThat(lines).filteredOn(line -> line.startsWith("./mvnw")).as("the self-checks and the jar of this chapter's module")
                        .hasSize(2).allSatisfy(line -> assertThat(line).contains(" -pl " + module + " ")));
        if (!"en".equals(lang)) {
            return;
        }
        requireRootAndUnshare();
        layKit();
        StringBuilder script = new StringBuilder(SCRIPT_START);
        for (String line : lines.stream().filter(line -> !line.startsWith("./mvnw")).toList()) {
            String command = line.replaceFirst("\\s+#.*$", "").strip();
            if (line.contains("with host = \"127.0.0.1\" set in it")) {
                Path python = kit.resolve(command.replaceFirst("^python3\\s+", "").split(" ")[0]);
                Files.writeString(python, Files.readString(python).replaceFirst("(?m)^host\\s*=.*$", "host = \"127.0.0.1\""));
            }
            script.append(command.endsWith("&") ? "background '" + command.substring(0, command.length() - 1).strip() + "'\n"
                    : "echo '+ " + command + "'; " + command + "\n");
        }
        script.append(SCRIPT_END);
        Process run = new ProcessBuilder("unshare", "--net", "bash", "-c", script.toString()).directory(kit.toFile()).redirectErrorStream(true)
                .start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(2, TimeUnit.MINUTES)).as("the chapter's commands ended").isTrue();
        assertThat(run.exitValue()).as("the chapter's commands, run as written in a namespace of their own:%n%s", output).isZero();
    }

    /**
     * The script's frame: the namespace's loopback up; a background program started, then waited for until something
     * in the namespace is bound on port 12345 (TCP listening, or UDP), or it ended; at the end a background program
     * still running is stopped, one that ended must have ended with 0.
     */
    private static final String SCRIPT_START = String.join("\n", "set -e", "ip link set lo up", "programs=()",
            "bound() { cat /proc/net/tcp /proc/net/tcp6 /proc/net/udp /proc/net/udp6 |",
            "  grep -qE '^ *[0-9]+: [0-9A-F]+:3039 [0-9A-F]+:[0-9A-F]+ (0A|07) '; }",
            "background() { echo \"+ $1 &\"; bash -c \"$1\" & programs+=($!);",
            "  for _ in $(seq 1 600); do bound && return 0; kill -0 $! 2>/dev/null || break; sleep 0.05; done",
            "  bound || { echo \"$1 bound nothing on port 12345\"; exit 90; }; }", "");
    private static final String SCRIPT_END = String.join("\n", "for program in \"${programs[@]}\"; do",
            "  if kill -0 \"$program\" 2>/dev/null; then kill \"$program\"; else wait \"$program\"; fi", "done", "");

    private static void requireRootAndUnshare() {
        if (!"root".equals(System.getProperty("user.name"))) {
            if (Boolean.getBoolean("socketlab.handouts.required")) {
                fail("not root, and this build requires the chapters' checks (-Pstrict); test.sh runs as root");
            }
            Assumptions.abort("skipped: not root; the chapters' commands run in a network namespace of their own (unshare --net)");
        }
    }

    /** The kit's layout, with each solution's jar where {@code ./mvnw -q package -pl <module> -DskipTests} puts it. */
    private void layKit() throws IOException {
        Path built = StudentKitIT.KIT.resolveSibling("solution-builds");
        for (Exercise exercise : Exercise.values()) {
            Path jar = kit.resolve(Transcripts.jar(exercise));
            Files.createDirectories(jar.getParent());
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, exercise.mainClass());
            Path classes = built.resolve(exercise.module()).resolve("classes");
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest);
                    Stream<Path> files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    zip.putNextEntry(new JarEntry(classes.relativize(file).toString()));
                    zip.write(Files.readAllBytes(file));
                    zip.closeEntry();
                }
            }
        }
        Path seed = StudentKitIT.REPOSITORY.resolve("handouts/seed-python3");
        Files.createDirectories(kit.resolve("seed-python3"));
        try (Stream<Path> files = Files.list(seed)) {
            for (Path file : files.toList()) {
                Files.copy(file, kit.resolve("seed-python3").resolve(file.getFileName()));
            }
        }
    }
}
