package socketlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import socketlab.grader.TestRepository;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Text;
import socketlab.grader.interop.Meeting;
import socketlab.grader.result.Student;
import socketlab.grader.similarity.Compared;
import socketlab.grader.similarity.SimilarPair;

/**
 * The class report in a real browser, Debian's Chromium run headless with no network: every cell of the interop matrix and
 * every similar pair the files hold is on the page, in both languages, and the page logs nothing to its console (no error). A screenshot of
 * each language is kept in {@code target/class-report-screens/}. Without Chromium it says "skipped" and why; -Pstrict
 * requires it.
 */
@Tag("proof")
final class ClassReportScreenIT {
    private static final Path REPOSITORY = TestRepository.root();
    private static final Path SCREENS = Path.of("target", "class-report-screens");

    @TempDir
    static Path work;
    private static ClassResults results;
    private static List<Meeting> meetings;

    /** One class's results, both languages' reports. */
    @BeforeAll
    static void writeTheReport() throws IOException {
        results = new ClassResults(Files.createDirectories(work.resolve("results")));
        meetings = meetings();
        ClassInterop.save(results, meetings);
        results.compareWork(students(), REPOSITORY.resolve("exercises"));
        ClassReport.write(List.of(), results);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "id"})
    void showsEveryCellAndPairWithNoConsoleError(String lang) throws IOException, InterruptedException {
        Path page = results.folder().resolve("class-report." + lang + ".html");

        Browsed browsed = browse(page, SCREENS.resolve("class-report." + lang + ".png").toAbsolutePath(), lang);
        Document dom = Jsoup.parse(browsed.dom());
        List<SimilarPair> shown = results.compared().stream().map(Compared::pairs).flatMap(List::stream)
                .filter(pair -> pair.percent() >= SimilarityList.SHOWN_FROM).toList();
        assertAll(
                () -> assertThat(browsed.consoleErrors()).as("console errors").isEmpty(),
                () -> assertThat(dom.select("td.cell")).as("matrix cells").hasSize(meetings.size()),
                () -> assertThat(meetings).allSatisfy(meeting -> assertThat(cell(dom, meeting)).as("the cell of %s", meeting)
                        .isPresent().get().satisfies(cell -> assertThat(cell.attr("data-result"))
                                .isEqualTo(meeting.result().name().toLowerCase(Locale.ROOT).replace('_', '-')))),
                () -> assertThat(shown).as("pairs above the threshold").isNotEmpty().allSatisfy(pair -> assertThat(dom.select(
                        "div.pair[data-exercise=" + pair.exercise().module() + "][data-first=" + pair.first() + "][data-second="
                                + pair.second() + "] pre")).as("%s's lines side by side", pair).hasSizeGreaterThanOrEqualTo(2)),
                () -> assertThat(dom.select("p.evidence").text()).as("the evidence sentence").contains(lang.equals("en")
                        ? "never a grade" : "tidak pernah nilai"),
                () -> assertThat(dom.select("[src], link[href]")).as("anything fetched from elsewhere").isEmpty());
        assertThat(browsed.screenshot()).as("the screenshot").isNotEmptyFile();
    }

    @Test
    void aConsoleErrorIsSeen() throws IOException, InterruptedException {
        Path page = work.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><p>x</p><script>console.error('broken on purpose')</script></body></html>");
        assertThat(browse(page, work.resolve("broken.png"), "broken").consoleErrors()).anyMatch(line -> line.contains("broken on purpose"));
    }

    private static Optional<Element> cell(Document dom, Meeting meeting) {
        return dom.select("table.matrix[data-exercise=" + meeting.exercise().module() + "] td.cell").stream()
                .filter(cell -> cell.attr("data-client").equals(meeting.client()) && cell.attr("data-server").equals(meeting.server()))
                .findFirst();
    }

    /** What the browser made of a page: its DOM, its console's errors, a screenshot. */
    private record Browsed(String dom, List<String> consoleErrors, Path screenshot) {
    }

    private static Browsed browse(Path page, Path screenshot, String name) throws IOException, InterruptedException {
        String chromium = chromium();
        Files.createDirectories(screenshot.getParent());
        Path log = work.resolve("chromium-" + name + ".log");
        List<String> common = List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9", "--user-data-dir=" + work.resolve("profile-" + name),
                "--window-size=1366,2400", "--virtual-time-budget=5000", "--enable-logging=stderr", "--v=0");
        List<String> command = new ArrayList<>(common);
        command.addAll(List.of("--screenshot=" + screenshot, "--dump-dom", page.toUri().toString()));
        Process browser = new ProcessBuilder(command).redirectError(log.toFile()).start();
        String dom = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(browser.waitFor(2, TimeUnit.MINUTES)).as("chromium ended").isTrue();
        // Chromium's log gives every console message the same level, an error's and a log's: the page has no script, so
        // any message at all (an uncaught error among them) counts
        List<String> console = Files.readAllLines(log).stream().filter(line -> line.contains(":CONSOLE")).toList();
        return new Browsed(dom, console, screenshot);
    }

    private static List<Meeting> meetings() {
        Text why = Text.of("ClientKu sent \"x\", not \"y\"", "ClientKu mengirim \"x\", bukan \"y\"");
        Text stub = Text.of("ServerKu3 is not written yet (a stub)", "ServerKu3 belum dibuat (masih stub)");
        List<Meeting> meetings = new ArrayList<>();
        for (String client : List.of("ani", "budi", "dewi")) {
            meetings.add(new Meeting(Exercise.LOOPING_SERVER, client, Meeting.REFERENCE, Meeting.Result.PASSED, Text.same(""), List.of()));
            meetings.add(new Meeting(Exercise.LOOPING_SERVER, client, Meeting.SEED, Meeting.Result.PASSED, Text.same(""), List.of()));
            meetings.add(new Meeting(Exercise.CONCURRENT_SERVER, client, Meeting.REFERENCE,
                    client.equals("dewi") ? Meeting.Result.FAILED : Meeting.Result.PASSED, why, List.of("ClientKu -> server: \"x\\n\"")));
            meetings.add(new Meeting(Exercise.CONCURRENT_SERVER, client, client.equals("ani") ? "budi" : "ani",
                    Meeting.Result.NOT_RUN, stub, List.of()));
            meetings.add(new Meeting(Exercise.UDP_SERVER, client, Meeting.REFERENCE, Meeting.Result.PASSED, Text.same(""), List.of()));
            meetings.add(new Meeting(Exercise.FRAMED_SERVER, Meeting.REFERENCE, client, Meeting.Result.PASSED, Text.same(""), List.of()));
        }
        return meetings;
    }

    /** ani and budi hand in the same ClientKu, dewi the stub. */
    private static List<Student> students() throws IOException {
        List<Student> students = new ArrayList<>();
        for (String[] student : new String[][] {{"ani", "solutions"}, {"budi", "solutions"}, {"dewi", "exercises"}}) {
            Path from = REPOSITORY.resolve(student[1]).resolve("client/src/main/java/socketlab/client");
            Path to = Files.createDirectories(work.resolve("class").resolve(student[0]).resolve("client"));
            try (Stream<Path> files = Files.list(from)) {
                for (Path file : files.toList()) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
            students.add(new Student(student[0], "", "", to.getParent()));
        }
        return students;
    }

    /** Debian's Chromium, or a skip (a failure under -Pstrict) that says it is missing. */
    private static String chromium() {
        Optional<String> found = Stream.of("chromium", "chromium-browser", "google-chrome").flatMap(name -> Stream.of(
                System.getenv().getOrDefault("PATH", "").split(":")).map(folder -> Path.of(folder, name))).filter(Files::isExecutable)
                .map(Path::toString).findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        String missing = "no Chromium (chromium) on the PATH; Debian's package chromium";
        if (Boolean.getBoolean("socketlab.browser.required")) {
            fail(missing + ", and this build requires the class report's screen test (-Pstrict); test.sh installs it");
        }
        return Assumptions.abort("skipped: " + missing);
    }
}
