package socketlab.grader.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.TestRepository;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.result.Student;
import socketlab.grader.similarity.ClassWork;
import socketlab.grader.similarity.Compared;
import socketlab.grader.similarity.SimilarPair;

/**
 * What a class's work says together, on a class of five: ani and budi hand in the same correct work, citra the same
 * with ClientKu's names changed and its code reordered, dedi the kit's stubs, eka correct work but a ClientKu that
 * answers with a typo. Each meets everyone (k = 4), four times as many servers at once as cores (as the class grader's
 * default), so the verdicts below hold on a busy machine too.
 */
@Tag("proof")
@Timeout(300)
final class InteropClassTest {
    private static final Path REPOSITORY = TestRepository.root();
    private static final Set<String> CORRECT = Set.of("ani", "budi", "citra");
    private static final List<String> SERVERS = List.of("looping-server", "concurrent-server", "udp-server", "framed-server");

    @TempDir
    static Path folder;
    private static List<Meeting> meetings;
    private static List<Compared> compared;

    @BeforeAll
    static void meetAndCompare() throws IOException, URISyntaxException, InterruptedException {
        Path renamed = Path.of(InteropClassTest.class.getResource("/similarity/renamed/ClientKu.java").toURI());
        Map<String, Path> folders = Map.of(
                "ani", handIn("ani", "solutions"),
                "budi", handIn("budi", "solutions"),
                "citra", replace(handIn("citra", "solutions"), "ClientKu.java", Files.readString(renamed)),
                "dedi", handIn("dedi", "exercises"),
                "eka", replace(handIn("eka", "solutions"), "ClientKu.java", Files.readString(clientKu()).replace(
                        "ANSWER = \"Hai ServerKu,", "ANSWER = \"Hai Serverku,")));
        List<InteropPlan.Planned> plan = InteropPlan.of(folders.keySet(), 4);
        meetings = new InteropRun(REPOSITORY, REPOSITORY.resolve("exercises"), Files.createDirectories(folder.resolve("work")),
                folders, 4 * Runtime.getRuntime().availableProcessors()).run(plan);
        List<Student> students = folders.entrySet().stream().map(each -> new Student(each.getKey(), "", "", each.getValue())).toList();
        compared = new ClassWork(REPOSITORY.resolve("exercises"), Files.createDirectories(folder.resolve("compared"))).compare(students);
    }

    @Test
    void theIdenticalPairIsNearAHundredTheRenamedHighAndTheStubLow() {
        List<SimilarPair> client = compared.stream().filter(each -> each.exercise() == Exercise.CLIENT).findFirst().orElseThrow().pairs();
        assertAll(
                () -> assertThat(percent(client, "ani", "budi")).isGreaterThanOrEqualTo(99.0),
                () -> assertThat(percent(client, "ani", "citra")).isBetween(70.0, 99.0),
                () -> assertThat(percent(client, "ani", "dedi")).isLessThan(10.0),
                () -> assertThat(percent(client, "citra", "dedi")).isLessThan(10.0));
    }

    @Test
    void everyCorrectClientPassesWithEveryCorrectServer() {
        List<Meeting> correct = meetings.stream().filter(each -> !each.client().equals("dedi") && !each.server().equals("dedi"))
                .filter(each -> !each.client().equals("eka") || each.exercise() != Exercise.CONCURRENT_SERVER).toList();
        assertThat(correct).as("meetings of correct programs").hasSizeGreaterThan(40)
                .allSatisfy(each -> assertThat(each.result()).as("%s, why: %s, transcript %s", each, each.why().in(Lang.EN), each.transcript())
                        .isEqualTo(Meeting.Result.PASSED));
        assertThat(correct).extracting(Meeting::server).contains(Meeting.REFERENCE, Meeting.SEED, "ani", "budi", "citra", "eka");
        assertThat(correct).extracting(Meeting::exercise).extracting(Exercise::module).containsAll(SERVERS);
    }

    @Test
    void theStubIsNotRunOnEitherSide() {
        List<Meeting> stub = meetings.stream().filter(each -> each.client().equals("dedi") || each.server().equals("dedi")).toList();
        assertThat(stub).isNotEmpty().allSatisfy(each -> assertAll(
                () -> assertThat(each.result()).as(each.toString()).isEqualTo(Meeting.Result.NOT_RUN),
                () -> assertThat(each.why().in(Lang.EN)).contains("not written yet (a stub)")));
        assertThat(stub).extracting(Meeting::client).contains("dedi", Meeting.REFERENCE);
    }

    @Test
    void theClientWithTheWrongAnswerFailsWhereTheServerReadsIt() {
        List<Meeting> eka = meetings.stream().filter(each -> each.client().equals("eka") && !each.server().equals("dedi")).toList();
        assertThat(eka).filteredOn(each -> each.exercise() == Exercise.CONCURRENT_SERVER).hasSize(4).allSatisfy(each -> assertAll(
                () -> assertThat(each.result()).isEqualTo(Meeting.Result.FAILED),
                () -> assertThat(each.why().in(Lang.EN)).isEqualTo(
                        "ClientKu sent \"Hai Serverku, ClientKu ingin berkomunikasi\\n\", not \"Hai ServerKu, ClientKu ingin berkomunikasi\""),
                () -> assertThat(each.transcript()).contains("ClientKu -> server: \"Hai Serverku, ClientKu ingin berkomunikasi\\n\"")));
        assertThat(eka).filteredOn(each -> each.exercise() == Exercise.LOOPING_SERVER).as("ServerKu2 never reads the answer")
                .extracting(Meeting::result).containsOnly(Meeting.Result.PASSED);
    }

    private static double percent(List<SimilarPair> pairs, String first, String second) {
        return pairs.stream().filter(pair -> pair.first().equals(first) && pair.second().equals(second)).findFirst()
                .orElseThrow(() -> new AssertionError("no pair " + first + ", " + second + " in " + pairs)).percent();
    }

    private static Path clientKu() {
        return REPOSITORY.resolve("solutions/client/src/main/java/socketlab/client/ClientKu.java");
    }

    /** A student's folder: the modules of the client and server exercises, copied from {@code tree}'s. */
    private static Path handIn(String id, String tree) throws IOException {
        Path student = folder.resolve("class").resolve(id);
        for (String module : Stream.concat(Stream.of("client", "udp-ping"), SERVERS.stream()).toList()) {
            Path from = REPOSITORY.resolve(tree).resolve(module).resolve("src/main");
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path copy = student.resolve(module).resolve(from.relativize(file).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                }
            }
        }
        return student;
    }

    private static Path replace(Path student, String fileName, String text) throws IOException {
        try (Stream<Path> files = Files.walk(student)) {
            Path file = files.filter(each -> each.getFileName().toString().equals(fileName)).findFirst().orElseThrow();
            Files.writeString(file, text);
        }
        return student;
    }
}
