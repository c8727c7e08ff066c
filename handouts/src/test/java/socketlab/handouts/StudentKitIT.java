package socketlab.handouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.harness.Graded;
import socketlab.grader.quiz.AnswerSheet;
import socketlab.grader.quiz.Quiz;
import socketlab.grader.submission.Unzip;

/**
 * The student kit builds on its own with its Maven Wrapper, a program of it compiles and runs with the JDK alone,
 * its self-checks run against the stubs and say "not implemented yet" (and its GitHub workflow's result.py makes of them
 * Classroom 50's result.json and a scorecard), and it holds nothing that exists only in solutions/ or grader/.
 */
final class StudentKitIT {
    static final Path REPOSITORY = Path.of(System.getProperty("repository.root", "..")).toAbsolutePath().normalize();
    static final Path KIT = Path.of(System.getProperty("handouts.target", "target")).resolve("student-kit.zip");
    static final String MAVEN_VERSION = System.getProperty("kit.maven.version", "3.9.16");

    @TempDir
    static Path unpacked;

    static Path root;

    @BeforeAll
    static void unzip() throws IOException {
        root = Unzip.into(KIT, unpacked).resolve("socket-lab-kit");
    }

    @Test
    void buildsAndRunsItsSelfChecksWithTheMavenWrapperAgainstTheStubs() throws IOException, InterruptedException {
        Path log = unpacked.resolve("kit-build.log");
        int exit;
        Run inside;
        try (LoopbackMavenRepository repository = LoopbackMavenRepository.serving(KIT.resolveSibling("kit-maven"))) {
            ProcessBuilder wrapper = new ProcessBuilder("sh", "mvnw", "-V", "-o", "-B", "test")
                    .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            // the wrapper fetches Maven into a fresh home, from this test's own loopback server: no Maven, no internet
            wrapper.environment().put("MAVEN_USER_HOME", unpacked.resolve("maven-user-home").toString());
            wrapper.environment().put("MVNW_REPOURL", repository.url());
            wrapper.environment().remove("MAVEN_HOME");
            wrapper.environment().remove("LC_ALL");
            wrapper.environment().put("LANG", "C.UTF-8");
            Process maven = wrapper.start();
            assertThat(maven.waitFor(10, TimeUnit.MINUTES)).as("the kit's build ended").isTrue();
            exit = maven.exitValue();
            // a second run, in one exercise's folder: Maven is there already, and only that exercise's self-checks run
            inside = run(List.of("sh", "../mvnw", "-o", "-B", "test"), root.resolve("udp-ping"), Map.of("MAVEN_USER_HOME",
                    unpacked.resolve("maven-user-home").toString(), "MVNW_REPOURL", repository.url(), "LANG", "C.UTF-8"));
        }
        String output = Files.readString(log);
        List<String> reports;
        try (Stream<Path> walk = Files.walk(root)) {
            reports = walk.filter(file -> file.getFileName().toString().matches("TEST-.*SelfCheckTest\\.xml"))
                    .map(StudentKitIT::read).toList();
        }
        String all = String.join("\n", reports);
        int tests = count(all, "<testcase ");
        assertAll(
                () -> assertThat(exit).as("./mvnw test in the kit fails on the stubs; its log:%n%s", output).isNotZero(),
                () -> assertThat(output).as("the kit's build goes on past a failed exercise (.mvn/maven.config)")
                        .contains("BUILD FAILURE").doesNotContain("SKIPPED"),
                () -> assertThat(output).as("the Maven the wrapper fetched ran the build").contains("Apache Maven " + MAVEN_VERSION),
                () -> assertThat(output).as("no transfer lines (.mvn/maven.config)").doesNotContain("Downloading from", "Downloaded from"),
                () -> assertThat(count(output, KitWrapper.FETCHING_EN)).as("the wrapper says once that it fetches Maven").isEqualTo(1),
                () -> assertThat(scorecard(output)).as("the run ends with the kit's scorecard, an exercise a line")
                        .filteredOn(line -> line.matches("  [a-z-]+ +0/\\d+ .*")).hasSize(Chapter.exercises().size()),
                () -> assertThat(scorecard(output)).last().asString().startsWith("The whole message"),
                () -> assertThat(reports).as("self-check reports, one per exercise, though the first one failed").hasSize(Chapter.exercises().size()),
                () -> assertThat(tests).as("self-checks run").isGreaterThanOrEqualTo(8),
                () -> assertThat(count(all, "not implemented yet")).as("self-checks stopped at a stub")
                        .isGreaterThanOrEqualTo(tests));
        assertAll(
                () -> assertThat(inside.exit()).as("../mvnw test in udp-ping/ fails on its stub; its log:%n%s", inside.output()).isNotZero(),
                () -> assertThat(inside.output()).as("Maven is fetched once").doesNotContain(KitWrapper.FETCHING_EN),
                () -> assertThat(scorecard(inside.output())).filteredOn(line -> line.startsWith("  ")).first().asString()
                        .startsWith("  udp-ping  0/"));
        Run result = run(List.of("python3", ".github/self-checks/result.py"), root, Map.of());
        JsonNode json = new ObjectMapper().readTree(root.resolve("result.json").toFile());
        assertAll(
                () -> assertThat(result.exit()).as(result.output()).isZero(),
                () -> assertThat(json.get("schema").asText()).isEqualTo("classroom50/result/v1"),
                () -> assertThat(json.get("score").asInt()).as("the stubs pass no self-check").isZero(),
                () -> assertThat(json.get("max-score").asInt()).isEqualTo(tests),
                () -> assertThat(json.get("tests")).hasSize(tests).allSatisfy(test -> assertThat(test.get("passed").asBoolean()).isFalse()),
                () -> assertThat(root.resolve("release-body.md")).content().startsWith("## Cek mandiri socket-lab: 0/" + tests));
    }

    @Test
    void classroom50sAutograderRunsTheSelfChecksThenWritesTheirResult() throws IOException, InterruptedException {
        Path checkout = Files.createDirectories(unpacked.resolve("checkout"));
        Files.createDirectories(checkout.resolve(".github/self-checks"));
        Files.copy(root.resolve(".github/self-checks/result.py"), checkout.resolve(".github/self-checks/result.py"));
        // a stand-in for the Maven Wrapper: the self-checks' report of one passing test
        Files.writeString(checkout.resolve("mvnw"), "mkdir -p server/target/surefire-reports\n"
                + "echo '<testsuite><testcase name=\"greets()\"/></testsuite>' > server/target/surefire-reports/TEST-a.xml\n");

        Run autograder = run(List.of("python3", REPOSITORY.resolve("grader/platforms/github/autograder.py").toString()), checkout,
                Map.of());

        JsonNode json = new ObjectMapper().readTree(checkout.resolve("result.json").toFile());
        assertAll(
                () -> assertThat(autograder.exit()).as(autograder.output()).isZero(),
                () -> assertThat(json.get("score").asInt() + "/" + json.get("max-score").asInt()).isEqualTo("1/1"));
    }

    @Test
    void writesClassroom50sResultAndTheScorecardOfTheSelfChecksThatRan() throws IOException, InterruptedException {
        Path reports = Files.createDirectories(unpacked.resolve("ran/server/target/surefire-reports"));
        Files.writeString(reports.resolve("TEST-socketlab.server.ServerKuSelfCheckTest.xml"), "<?xml version=\"1.0\"?>\n"
                + "<testsuite name=\"socketlab.server.ServerKuSelfCheckTest\" tests=\"3\">"
                + "<testcase name=\"printsThePort()\" classname=\"socketlab.server.ServerKuSelfCheckTest\"/>"
                + "<testcase name=\"greets()\" classname=\"socketlab.server.ServerKuSelfCheckTest\"><failure message=\"no\">no</failure></testcase>"
                + "<testcase name=\"onIpv6()\" classname=\"socketlab.server.ServerKuSelfCheckTest\"><skipped/></testcase></testsuite>\n");
        Path summary = unpacked.resolve("summary.md");

        Run result = run(List.of("python3", root.resolve(".github/self-checks/result.py").toString()), unpacked.resolve("ran"),
                Map.of("SOCKETLAB_LANG", "en", "GITHUB_STEP_SUMMARY", summary.toString(), "CLASSROOM", "kelas-2026",
                        "ASSIGNMENT", "socket-lab", "OWNER", "ani"));

        JsonNode json = new ObjectMapper().readTree(unpacked.resolve("ran/result.json").toFile());
        assertAll(
                () -> assertThat(result.exit()).as(result.output()).isZero(),
                () -> assertThat(json.get("score").asInt()).isEqualTo(1),
                () -> assertThat(json.get("max-score").asInt()).as("a skipped self-check is left out").isEqualTo(2),
                () -> assertThat(json.get("tests").findValuesAsText("test-name")).containsExactly("server: printsThePort()", "server: greets()"),
                () -> assertThat(json.get("tests").get(0).get("max-score").asInt()).isEqualTo(1),
                () -> assertThat(json.get("classroom").asText() + "/" + json.get("assignment").asText() + "/" + json.get("owner").asText())
                        .isEqualTo("kelas-2026/socket-lab/ani"),
                () -> assertThat(summary).content().startsWith("## socket-lab self-checks: 1/2")
                        .contains("| server | `greets()` | ❌ failed |").contains("not a grade"));
    }

    @Test
    void compilesAndRunsAProgramWithTheJdkAlone() throws IOException, InterruptedException {
        Path javaHome = Path.of(System.getProperty("java.home"));
        List<String> sources;
        try (Stream<Path> files = Files.list(root.resolve("server/src/main/java/socketlab/server"))) {
            sources = files.map(Path::toString).filter(name -> name.endsWith(".java")).sorted().toList();
        }
        List<String> javac = new ArrayList<>(List.of(javaHome.resolve("bin/javac").toString(), "-d", "out"));
        javac.addAll(sources);
        Run compiled = run(javac);
        String classPath = "out" + File.pathSeparator + "server/src/main/resources";
        String java = javaHome.resolve("bin/java").toString();
        Run help = run(List.of(java, "-Duser.language=id", "-cp", classPath, "socketlab.server.ServerKu", "--help"));
        Run stub = run(List.of(java, "-cp", classPath, "socketlab.server.ServerKu", "--host", "127.0.0.1", "--port", "0"));
        assertAll(
                () -> assertThat(compiled.exit()).as("javac -d out server/src/main/java/socketlab/server/*.java: %s", compiled.output())
                        .isZero(),
                () -> assertThat(help.exit()).as("ServerKu --help: %s", help.output()).isZero(),
                () -> assertThat(help.output()).as("ServerKu --help in Indonesian").contains("Pemakaian: ServerKu", "--port"),
                () -> assertThat(stub.exit()).as("the stub's exit code: %s", stub.output()).isEqualTo(3),
                () -> assertThat(stub.output()).as("the stub's one line").startsWith("ServerKu: not implemented yet")
                        .contains("(ServerKu.java:"));
    }

    @Test
    void itsReadmeListsTheCoursesExercisesInOrderAndItsPomsCountNone() throws IOException {
        String readme = Files.readString(root.resolve("README.md"));
        String listed = Chapter.exercises().stream().map(exercise -> "- `" + exercise + "/`: `").reduce("", (a, b) -> a + ".*" + Pattern.quote(b));
        assertAll(
                () -> assertThat(readme).doesNotContain("{{"),
                () -> assertThat(Pattern.compile(listed.substring(2), Pattern.DOTALL).matcher(readme).results().count())
                        .as("the exercises, in order, in each language's list").isEqualTo(1),
                () -> assertThat(readme.split("## English")).allSatisfy(half -> assertThat(half).contains("- `" + Chapter.exercises().get(0))),
                () -> assertThat(root.resolve("pom.xml")).content().doesNotContain("four").contains("<module>"
                        + Chapter.exercises().get(Chapter.exercises().size() - 1) + "</module>"));
    }

    @Test
    void holdsTheCapturesTheChaptersTranscriptsRead() throws IOException {
        try (Stream<Path> captures = Files.list(REPOSITORY.resolve("handouts/captures"))) {
            assertThat(captures.toList()).isNotEmpty().allSatisfy(capture -> assertThat(root.resolve("handouts/captures")
                    .resolve(capture.getFileName().toString())).as("the kit's copy of %s", capture.getFileName()).hasSameBinaryContentAs(capture));
        }
    }

    @Test
    void keepsTheWrapperExecutable() throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(KIT).get()) {
            assertAll(
                    () -> assertThat(zip.getEntry("socket-lab-kit/mvnw").getUnixMode() & 0777).as("mvnw's mode").isEqualTo(0755),
                    () -> assertThat(zip.getEntry("socket-lab-kit/mvnw.cmd")).as("mvnw.cmd").isNotNull(),
                    () -> assertThat(new String(zip.getInputStream(zip.getEntry("socket-lab-kit/.mvn/wrapper/maven-wrapper.properties"))
                            .readAllBytes(), StandardCharsets.UTF_8)).contains("apache-maven-" + MAVEN_VERSION + "-bin.zip"));
        }
    }

    /** What a command printed (both streams) and its exit code; it runs in the kit's folder, for at most a minute. */
    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        return run(command, root, Map.of());
    }

    private static Run run(List<String> command, Path folder, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("%s ended", command).isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void holdsNoSolutionNoHiddenTestNoQuizAnswerAndNoGraderCode() throws IOException {
        String kitText = kitText();
        List<String> leaks = new ArrayList<>();
        for (String line : solutionOnlyLines()) {
            if (kitText.contains(line)) {
                leaks.add("solution line: " + line);
            }
        }
        for (String name : graderNames()) {
            if (Pattern.compile("\\b" + name + "\\b").matcher(kitText).find()) {
                leaks.add("grader name: " + name);
            }
        }
        for (String line : AnswerSheet.answered(Quiz.course()).lines().filter(line -> line.startsWith("answer ")).toList()) {
            if (kitText.contains(line)) {
                leaks.add("quiz answer: " + line);
            }
        }
        if (!Files.readString(root.resolve(Quiz.FILE)).equals(AnswerSheet.template(Quiz.course()))) {
            leaks.add("quiz.txt is not the blank template");
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.map(path -> root.relativize(path).toString()).filter(path -> path.startsWith("solutions") || path.startsWith("grader"))
                    .forEach(path -> leaks.add("file: " + path));
        }
        assertThat(leaks).as("what the kit leaks").isEmpty();
    }

    /**
     * Lines written in the solutions' BEGIN/END SOLUTION blocks, long enough to be the solution's own,
     * that appear nowhere in exercises/ (a visible test may well say {@code return server.accept();}).
     */
    private static Set<String> solutionOnlyLines() throws IOException {
        Set<String> lines = new HashSet<>();
        try (Stream<Path> walk = Files.walk(REPOSITORY.resolve("solutions"))) {
            for (Path source : walk.filter(file -> file.toString().endsWith(".java")).toList()) {
                boolean inside = false;
                for (String line : Files.readAllLines(source)) {
                    String text = line.strip();
                    if (text.equals("// BEGIN SOLUTION") || text.equals("// END SOLUTION")) {
                        inside = text.startsWith("// BEGIN");
                    } else if (inside && text.length() >= 16) {
                        lines.add(text);
                    }
                }
            }
        }
        try (Stream<Path> walk = Files.walk(REPOSITORY.resolve("exercises"))) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".java") && !f.toString().contains(File.separator + "target" + File.separator))
                    .toList()) {
                Files.readAllLines(file).forEach(line -> lines.remove(line.strip()));
            }
        }
        return lines;
    }

    /** The names of the hidden tests and of the grader's classes (CamelCase ones: common words are no leak). */
    private static Set<String> graderNames() throws IOException {
        Set<String> names = new HashSet<>();
        for (Class<?> tests : GradingRun.hiddenTestClasses()) {
            names.add(tests.getSimpleName());
            for (var method : tests.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Graded.class)) {
                    names.add(method.getName());
                }
            }
        }
        try (Stream<Path> walk = Files.walk(REPOSITORY.resolve("grader/src/main/java"))) {
            walk.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".java"))
                    .map(name -> name.replace(".java", "")).filter(name -> name.chars().filter(Character::isUpperCase).count() >= 2)
                    .forEach(names::add);
        }
        return names;
    }

    private static String kitText() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.toString().contains(File.separator + "target" + File.separator))
                    .filter(f -> f.toString().matches(".*\\.(java|md|html|xml|py|svg|properties|txt|json)$")).toList()) {
                text.append(Files.readString(file, StandardCharsets.UTF_8)).append('\n');
            }
        }
        return text.toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kit's scorecard at the end of a run's output: its heading and every line after it; none if there is none. */
    private static List<String> scorecard(String output) {
        List<String> lines = output.strip().lines().toList();
        for (int heading = lines.size() - 1; heading >= 0; heading--) {
            if (lines.get(heading).startsWith("== socket-lab self-checks: ")) {
                return lines.subList(heading, lines.size());
            }
        }
        return List.of();
    }

    private static int count(String text, String what) {
        int count = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            count++;
        }
        return count;
    }
}
