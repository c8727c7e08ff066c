package socketlab.handouts;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import socketlab.grader.course.Exercise;
import socketlab.grader.quiz.Quiz;
import socketlab.grader.stubs.ModuleLists;

/**
 * Packs the student kit, {@code student-kit.zip}: the exercise stubs with their self-check tests, the
 * self-check support, the handouts (HTML and PDF), the seed's Python 3 programs, a README, a {@code pom.xml}
 * and the Maven Wrapper, so that {@code ./mvnw test} runs standalone after unzipping on a PC with only a JDK; and a GitHub
 * workflow that runs the self-checks on every push (result.json, a scorecard), for the kit as a template repository.
 * Nothing from {@code solutions/} or {@code grader/} goes in.
 */
public final class StudentKit {
    static final String TOP = "socket-lab-kit/";

    private StudentKit() {
    }

    /** The kit's files that are programs to run: executable once unzipped. */
    private static final List<String> EXECUTABLE = List.of("mvnw", ".github/self-checks/result.py");

    /**
     * Writes the kit to {@code zip} and returns it; {@code mavenWrapper} holds the wrapper's scripts, mvnw and
     * mvnw.cmd (the build unpacks them from maven-wrapper-distribution).
     */
    public static Path build(Path repository, Path handouts, Path mavenWrapper, Path zip) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        files.put("pom.xml", ModuleLists.withModules(new String(resource("kit/pom.xml"), StandardCharsets.UTF_8), Chapter.exercises())
                .getBytes(StandardCharsets.UTF_8));
        files.put("mvnw", KitWrapper.sh(Files.readAllBytes(mavenWrapper.resolve("mvnw"))));
        files.put("mvnw.cmd", KitWrapper.cmd(Files.readAllBytes(mavenWrapper.resolve("mvnw.cmd"))));
        files.put(".mvn/wrapper/maven-wrapper.properties", resource("kit/maven-wrapper.properties"));
        // every exercise's self-checks run, whichever a student started with; the failed ones are listed at the end
        files.put(".mvn/maven.config", resource("kit/maven.config"));
        files.put("README.md", readme().getBytes(StandardCharsets.UTF_8));
        // on GitHub (a template repository, or Classroom 50): the self-checks on every push, as result.json and a scorecard
        files.put(".github/workflows/self-checks.yml", resource("kit/github/workflows/self-checks.yml"));
        files.put(".github/self-checks/result.py", resource("kit/github/self-checks/result.py"));
        files.put(Quiz.FILE, Files.readAllBytes(repository.resolve("exercises").resolve(Quiz.FILE)));
        // compiled with each exercise's self-checks (the kit's pom.xml), so one exercise's self-checks run alone
        add(files, repository.resolve("exercises/selfcheck/src/main"), "selfcheck/src/main/");
        for (String exercise : Chapter.exercises()) {
            Path module = repository.resolve("exercises").resolve(exercise);
            files.put(exercise + "/pom.xml", Files.readAllBytes(module.resolve("pom.xml")));
            add(files, module.resolve("src"), exercise + "/src/");
        }
        for (String lang : BuildHandouts.LANGUAGES) {
            Path folder = handouts.resolve(lang);
            for (String name : List.of("handout.html", "handout.pdf")) {
                files.put("handouts/" + lang + "/" + name, Files.readAllBytes(folder.resolve(name)));
            }
            add(files, folder.resolve("diagrams"), "handouts/" + lang + "/diagrams/");
        }
        add(files, repository.resolve("handouts/seed-python3"), "seed-python3/");
        // the captures the chapters' transcripts read, where their commands, typed in the kit's folder, find them
        add(files, repository.resolve("handouts/captures"), "handouts/captures/");
        try (OutputStream out = Files.newOutputStream(zip); ZipArchiveOutputStream kit = new ZipArchiveOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(TOP + file.getKey());
                entry.setUnixMode(EXECUTABLE.contains(file.getKey()) ? 0100755 : 0100644);
                kit.putArchiveEntry(entry);
                kit.write(file.getValue());
                kit.closeArchiveEntry();
            }
        }
        return zip;
    }

    /** The kit's README, with the course's exercises listed, in both its languages, from the course's list. */
    static String readme() throws IOException {
        String list = Stream.of(Exercise.values()).map(exercise -> "- `" + exercise.module() + "/`: `" + exercise.program() + "`")
                .collect(Collectors.joining("\n"));
        return new String(resource("kit/README.md"), StandardCharsets.UTF_8).replace("{{exercises}}", list);
    }

    private static void add(Map<String, byte[]> files, Path folder, String prefix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(prefix + folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = StudentKit.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IOException("missing kit resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
