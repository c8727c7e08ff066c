package socketlab.grader.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Volume;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testcontainers.DockerClientFactory;
import socketlab.grader.TestRepository;
import socketlab.grader.corpus.Mutant;
import socketlab.grader.course.Lang;
import socketlab.grader.docker.HardenedContainer;
import socketlab.grader.docker.SandboxImage;
import socketlab.grader.grading.Grader;
import socketlab.grader.grading.Settings;
import socketlab.grader.launch.Limits;
import socketlab.grader.quiz.ReferenceAnswers;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/**
 * The container sandbox grades as process mode does (its grader's classes written to an archive by one sandbox and
 * mapped by the next, as for a class), and a sandbox has no network but its own loopback.
 */
@Tag("proof")
final class ContainerSandboxIT {
    private static final Path REPOSITORY = TestRepository.root();
    private static String image;
    private static Path classes;

    @TempDir
    Path work;

    @BeforeAll
    static void anEngineAndTheImage(@TempDir Path imageWork) throws IOException {
        DockerForTests.require();
        image = SandboxImage.ensure(imageWork);
        classes = imageWork.resolve("classes");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"solutions", "exercises"})
    void gradesTheReferencesAndTheStubsAsProcessModeDoes(String tree) throws IOException {
        Path graded = tree.equals("solutions") ? ReferenceAnswers.submission(REPOSITORY.resolve(tree), work) : REPOSITORY.resolve(tree);
        Settings settings = Settings.DEFAULT.withLang(Lang.EN).withTimeLimit(Duration.ZERO);
        Scorecard inProcess = new Grader(REPOSITORY.resolve("exercises"), settings).grade(tree, graded, work.resolve("process"));
        Scorecard inContainer = new ContainerGrader(image, REPOSITORY.resolve("exercises"), settings).withClassArchiveIn(classes)
                .grade(tree, graded, work.resolve("container"));
        assertAll(
                () -> assertThat(classes).as("the grader's classes, archived by the first sandbox for the next")
                        .isDirectoryContaining("glob:**/grader-*.jsa"),
                () -> assertThat(inContainer.points()).as("points in a container").isEqualTo(tree.equals("solutions") ? inContainer.maxPoints() : 0),
                () -> assertThat(results(inContainer)).as("each test's status, points and reason").isEqualTo(results(inProcess)));
    }

    /**
     * A test the submission lost links the capture of its own packets (the greeting with its typo, between the test's peer
     * and ServerKu's port), and no other test's; a test it passed links none.
     */
    @Test
    void aLostTestLinksTheCaptureOfItsOwnPackets() throws IOException {
        Path graded = Mutant.read(REPOSITORY.resolve("grader/src/test/resources/corpus/server/server-greeting-typo.mutant"))
                .writeInto(REPOSITORY.resolve("solutions"), work.resolve("typo"));
        Scorecard card = new ContainerGrader(image, REPOSITORY.resolve("exercises"), Settings.DEFAULT.withLang(Lang.EN))
                .grade("typo", graded, work.resolve("container"));
        Outcome lost = card.outcomes().stream().filter(outcome -> outcome.test().equals("greetsTheClientWithTheExactText")).findFirst()
                .orElseThrow();
        assertThat(card.outcomes()).filteredOn(Outcome::hasCapture).as("the outcomes with a capture: the lost test's alone")
                .extracting(Outcome::test).containsExactly("greetsTheClientWithTheExactText");
        byte[] capture = Files.readAllBytes(Path.of(lost.capture()));
        String port = lost.transcript().en().replaceAll("(?s).*the test connected to 127\\.0\\.0\\.1:(\\d+).*", "$1");
        List<String> packets = tcpdump(Path.of(lost.capture()));
        assertAll(
                () -> assertThat(capture).as("a classic pcap file").startsWith((byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1),
                () -> assertThat(packets).as("tcpdump's lines for the capture").isNotEmpty()
                        .allSatisfy(line -> assertThat(line).containsPattern("\\." + port + "[ :]")),
                () -> assertThat(String.join("\n", packets)).as("the handshake, then the greeting and its close")
                        .contains("Flags [S]").contains("Flags [S.]").contains("Flags [F"));
    }

    @Test
    void hasNoNetworkButItsOwnLoopback() throws IOException, URISyntaxException {
        Path probe = Path.of(ContainerSandboxIT.class.getResource("/sandbox/NetworkProbe.java").toURI());
        StringBuffer said = new StringBuffer();
        try (HardenedContainer box = SandboxContainer.create(image, Limits.DEFAULT,
                List.of(new Bind(probe.toString(), new Volume("/secret/NetworkProbe.java"), AccessMode.ro)),
                List.of(SandboxImage.GRADER_JAVA, "/secret/NetworkProbe.java"), Duration.ofMinutes(1), said, true, Optional.empty())) {
            box.start();
            var settings = DockerClientFactory.instance().client().inspectContainerCmd(box.getContainerId()).exec().getNetworkSettings();
            List<String> lines = said.toString().lines().toList();
            assertAll(
                    () -> assertThat(settings.getNetworks().keySet()).as("the container's networks").containsExactly("none"),
                    () -> assertThat(lines).filteredOn(line -> line.startsWith("interface ")).as("interfaces")
                            .singleElement().asString().startsWith("interface lo "),
                    () -> assertThat(lines).filteredOn(line -> line.startsWith("route /proc/net/route ")).as("IPv4 routes: the header only")
                            .hasSize(1),
                    () -> assertThat(lines).filteredOn(line -> line.startsWith("route /proc/net/ipv6_route "))
                            .as("IPv6 routes: loopback's only").allSatisfy(line -> assertThat(line).endsWith(" lo")));
        }
    }

    @Test
    void saysSkippedWhereTheSandboxHasNoIpv6Loopback() throws IOException {
        Path graded = ReferenceAnswers.submission(REPOSITORY.resolve("solutions"), work);
        Scorecard card = new ContainerGrader(image, REPOSITORY.resolve("exercises"), Settings.DEFAULT.withLang(Lang.EN))
                .withoutIpv6Loopback().grade("solutions", graded, work.resolve("no-ipv6"));
        assertAll(
                () -> assertThat(card.skipped()).extracting(outcome -> outcome.test())
                        .containsExactly("aServerOnIpv6LoopbackTakesIpv6ClientsOnly", "aServerOnTheIpv6WildcardAlsoTakesIpv4Clients"),
                () -> assertThat(card.skipped()).allSatisfy(outcome -> assertThat(outcome.reason().en()).startsWith("no IPv6 loopback")),
                () -> assertThat(card.untestedPoints()).isEqualTo(4),
                () -> assertThat(card.points()).as("every other test passes").isEqualTo(card.maxPoints() - 4));
    }

    /** tcpdump's line for each packet of a capture. */
    private static List<String> tcpdump(Path capture) throws IOException {
        Process read = new ProcessBuilder("tcpdump", "-nn", "-r", capture.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return new String(read.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }

    private static List<String> results(Scorecard card) {
        return card.outcomes().stream().map(outcome -> outcome.exercise() + " " + outcome.test() + " " + outcome.status() + " "
                + outcome.points() + " " + outcome.reason().en()).toList();
    }
}
