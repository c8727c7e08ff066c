package socketlab.grader.report;

import java.util.Locale;
import java.util.Optional;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.result.Outcome;
import socketlab.grader.result.Scorecard;

/** The few words every report shares, in both languages, and how a failure points at its handout section. */
final class Words {
    static final Text SCORECARD = Text.of("socket-lab scorecard", "rapor socket-lab");
    static final Text GRADED = Text.of("graded", "yang dinilai");
    static final Text TOTAL = Text.of("Total", "Total");
    static final Text REASON = Text.of("why", "sebab");
    static final Text REREAD = Text.of("reread", "baca lagi");
    static final Text TEST = Text.of("test", "tes");
    static final Text STATUS = Text.of("status", "status");
    static final Text POINTS = Text.of("points", "poin");
    static final Text CONVERSATION = Text.of("what happened", "yang terjadi");

    private Words() {
    }

    /** The line that says how many points were not tested here, or empty when every test ran. */
    static Optional<String> untested(Scorecard card, Lang lang) {
        if (card.skipped().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Text.of("not tested here: %d point(s) in %d skipped test(s), not counted as passed (see each one's reason)",
                "tidak diuji di sini: %d poin dalam %d tes yang dilewati, tidak dihitung lulus (lihat sebab masing-masing)",
                card.untestedPoints(), card.skipped().size()).in(lang));
    }

    /** A failed test's conversation as Markdown: a fenced block under a line that says what it is; "" when there is none. */
    static String transcriptMarkdown(Outcome outcome, Lang lang) {
        if (!outcome.hasTranscript()) {
            return "";
        }
        String text = outcome.transcript().in(lang);
        String fence = text.contains("```") ? "~~~~" : "```";
        return CONVERSATION.in(lang) + ":\n\n" + fence + "text\n" + text + "\n" + fence + "\n";
    }

    /**
     * A lost test's capture of its own packets as a Markdown line that links it, and how to read it; "" when it has none.
     */
    static String captureMarkdown(Outcome outcome, Lang lang) {
        if (!outcome.hasCapture()) {
            return "";
        }
        String file = outcome.capture();
        return Text.of("The packets of this test, captured: [%s](%s). Read them with your own DetailPaket (`java -jar packet-detail.jar"
                + " --payload %s`), or open the file in Wireshark.", "Paket-paket tes ini, ditangkap: [%s](%s). Bacalah dengan DetailPaket-mu"
                + " sendiri (`java -jar packet-detail.jar --payload %s`), atau buka file itu di Wireshark.", file, file, file).in(lang) + "\n";
    }

    /**
     * Why a scorecard with lost tests links no capture of their packets: process mode runs them on this machine's own
     * loopback, where capturing needs root ({@code CAP_NET_RAW}); container mode captures each sandbox's loopback beside it.
     */
    static final Text NO_CAPTURES = Text.of("No capture of the lost tests' packets: process mode runs the tests on this machine's"
            + " loopback, where capturing needs root (CAP_NET_RAW); container mode (--sandbox=container) captures each test's own"
            + " packets (a test that sends none, such as one that reads a file, has none).",
            "Tidak ada capture paket dari tes yang gagal: mode proses menjalankan tes di loopback mesin ini, dan menangkap paket di sana"
            + " butuh root (CAP_NET_RAW); mode container (--sandbox=container) menangkap paket tiap tes (tes yang tidak mengirim paket,"
            + " misalnya yang membaca file, tidak punya capture).");

    /** What a skipped test's feedback says where a platform has no status for it: not tested here, why, and its points. */
    static Text notTestedHere(Outcome outcome) {
        return new Text(String.format("not tested here (%s): %d point(s) not counted, neither passed nor failed",
                outcome.reason().en(), outcome.maxPoints()),
                String.format("tidak diuji di sini (%s): %d poin tidak dihitung, tidak lulus dan tidak gagal",
                        outcome.reason().id(), outcome.maxPoints()));
    }

    /** Whether a reader should be sent back to the handout: for any outcome but a pass or a skip. */
    static boolean reread(Outcome outcome) {
        return outcome.status() != Status.PASSED && outcome.status() != Status.SKIPPED;
    }

    /** Where the handout section for this outcome is: handouts/<lang>/<exercise>.md#<section>. */
    static String handoutSection(Outcome outcome, Lang lang) {
        String section = outcome.section();
        int hash = section.indexOf('#');
        String chapter = hash < 0 ? section : section.substring(0, hash);
        String anchor = hash < 0 ? "" : section.substring(hash);
        return "handouts/" + lang.name().toLowerCase(Locale.ROOT) + "/" + chapter + ".md" + anchor;
    }

    /** The percentage with one decimal, the same in both languages' reports. */
    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }
}
