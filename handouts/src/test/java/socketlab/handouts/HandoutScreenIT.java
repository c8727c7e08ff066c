package socketlab.handouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The HTML handout reads on a laptop (1366 px wide) and on a phone (412 px): in a real browser, Debian's Chromium run
 * headless on the built page, no code block is wider than its column (each {@code pre}'s scroll width against its
 * client width), in both languages. The page measures itself (a script added to a copy) and the test reads the
 * measure from the DOM Chromium dumps. Without Chromium it says "skipped" and why; -Pstrict requires it.
 */
final class HandoutScreenIT {
    /**
     * The page's measure of itself at a width: headless Chromium's window is at least 500 px wide, so for a phone the
     * page's root is narrowed to the width (the phone's styles already apply below 600 px).
     */
    private static final String MEASURE = "<script>window.addEventListener('load', () => {"
            + " const root = document.documentElement; if (root.clientWidth > %1$d) { root.style.width = '%1$dpx'; }"
            + " const blocks = [...document.querySelectorAll('pre')];"
            + " const wide = blocks.filter(b => b.scrollWidth > b.clientWidth)"
            + "   .map(b => b.scrollWidth + ' > ' + b.clientWidth + ': ' + b.textContent.trim().split('\\n')[0].slice(0, 70));"
            + " const out = document.createElement('output'); out.id = 'measured'; out.dataset.blocks = blocks.length;"
            + " out.dataset.width = Math.round(root.getBoundingClientRect().width); out.textContent = wide.join('\\n');"
            + " document.body.appendChild(out); });</script>";

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource({"en, 1366", "en, 412", "id, 1366", "id, 412"})
    void noCodeBlockIsWiderThanItsColumn(String lang, int width) throws IOException, InterruptedException {
        String chromium = chromium();
        Path page = work.resolve("handout.html");
        String html = Files.readString(StudentKitIT.KIT.resolveSibling("handouts").resolve(lang).resolve("handout.html"));
        Files.writeString(page, html.replace("</body>", MEASURE.formatted(width) + "</body>"));
        Process browser = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + work.resolve("profile"), "--window-size=" + width + ",900", "--virtual-time-budget=10000",
                "--dump-dom", page.toUri().toString()).redirectError(work.resolve("chromium.log").toFile()).start();
        String dom = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(browser.waitFor(2, TimeUnit.MINUTES)).as("chromium ended").isTrue();
        Document dumped = Jsoup.parse(dom);
        Element measured = dumped.getElementById("measured");
        assertThat(measured).as("the page's own measure, in the DOM chromium dumped; its log: %s",
                Files.readString(work.resolve("chromium.log"))).isNotNull();
        int blocks = Jsoup.parse(html).select("pre").size();
        assertAll(
                () -> assertThat(Integer.parseInt(measured.attr("data-blocks"))).as("code blocks measured").isEqualTo(blocks)
                        .isGreaterThan(50),
                () -> assertThat(Integer.parseInt(measured.attr("data-width"))).as("the page's width").isBetween(width - 20, width),
                () -> assertThat(measured.wholeText().lines().filter(line -> !line.isBlank()).toList())
                        .as("code blocks wider than their column at %d px (scroll width > client width: first line)", width).isEmpty());
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
        if (Boolean.getBoolean("socketlab.handouts.required")) {
            fail(missing + ", and this build requires the handout's screen test (-Pstrict); test.sh installs it");
        }
        return Assumptions.abort("skipped: " + missing);
    }
}
