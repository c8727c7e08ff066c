package socketlab.grader.interop;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import socketlab.grader.course.Stub;
import socketlab.grader.course.Text;

/**
 * How one meeting went, from what crossed the wire and how the client ended. A client that is a stub (exit code 3,
 * "not implemented yet") did not run; otherwise the first thing that went wrong, in protocol terms, is the why, and the
 * side it names is the side at fault.
 */
final class Judge {
    /** What every ServerKu sends first (serverku2.py's {@code conn.send}). */
    static final String GREETING = "Thank you for connecting";
    /** What every ClientKu answers (clientku.py's {@code s.send}). */
    static final String ANSWER = "Hai ServerKu, ClientKu ingin berkomunikasi";

    private Judge() {
    }

    /** How a client ended: its exit code (empty if it was still running at the limit), and what it printed. */
    record Ending(Optional<Integer> exitCode, List<String> stdout, List<String> stderr) {
        boolean stub() {
            return exitCode.equals(Optional.of(Stub.EXIT_CODE)) && stderr.stream().anyMatch(line -> line.contains(Stub.MARK));
        }

        String firstError() {
            return stderr.isEmpty() ? "" : stderr.get(0);
        }
    }

    /** A verdict before the transcript is added. */
    record Verdict(Meeting.Result result, Text why) {
        static final Verdict PASSED = new Verdict(Meeting.Result.PASSED, Text.same(""));

        static Verdict failed(String en, String id, Object... values) {
            return new Verdict(Meeting.Result.FAILED, Text.of(en, id, values));
        }
    }

    /** ClientKu with a ServerKu: greeting, then answer (read only by a server that reads it, as ServerKu3). */
    static Verdict clientKu(Ending client, byte[] fromClient, byte[] fromServer, boolean serverReadsAnswer) {
        if (client.stub()) {
            return notWritten("ClientKu");
        }
        String greeting = line(fromServer);
        if (!greeting.equals(GREETING)) {
            return Verdict.failed("the server sent %s, not \"%s\"", "server mengirim %s, bukan \"%s\"", shown(fromServer), GREETING);
        }
        Verdict ended = ended("ClientKu", client);
        if (ended != null) {
            return ended;
        }
        if (!client.stdout().contains(GREETING)) {
            return Verdict.failed("ClientKu printed %s, not the server's \"%s\"", "ClientKu mencetak %s, bukan \"%s\" dari server",
                    client.stdout(), GREETING);
        }
        if (serverReadsAnswer && !line(fromClient).equals(ANSWER)) {
            return Verdict.failed("ClientKu sent %s, not \"%s\"", "ClientKu mengirim %s, bukan \"%s\"", shown(fromClient), ANSWER);
        }
        return Verdict.PASSED;
    }

    /** PingKu with a ServerUdpKu: every ping answered, as PingKu's summary line says. */
    static Verdict pingKu(Ending client, int count) {
        if (client.stub()) {
            return notWritten("PingKu");
        }
        Verdict ended = ended("PingKu", client);
        if (ended != null) {
            return ended;
        }
        String summary = count + " sent, " + count + " received";
        if (client.stdout().stream().noneMatch(line -> line.startsWith(summary))) {
            return Verdict.failed("PingKu did not print \"%s\": it printed %s", "PingKu tidak mencetak \"%s\": ia mencetak %s",
                    summary, client.stdout());
        }
        return Verdict.PASSED;
    }

    /** The course's client with a ServerPesanKu: the same lines as with the reference's server. */
    static Verdict courseClient(Ending client, List<String> withReference) {
        Verdict ended = ended(Sides.COURSE_CLIENT, client);
        if (ended != null) {
            return ended;
        }
        for (int i = 0; i < withReference.size(); i++) {
            String printed = i < client.stdout().size() ? client.stdout().get(i) : "";
            if (!printed.equals(withReference.get(i))) {
                return Verdict.failed("the course's client printed \"%s\" where the reference's server makes it print \"%s\"",
                        "client kursus mencetak \"%s\", padahal dengan server referensi ia mencetak \"%s\"", printed, withReference.get(i));
            }
        }
        return Verdict.PASSED;
    }

    private static Verdict ended(String program, Ending client) {
        if (client.exitCode().isEmpty()) {
            return Verdict.failed("%s was still running at the time limit", "%s masih berjalan saat batas waktu", program);
        }
        if (client.exitCode().get() != 0) {
            return Verdict.failed("%s ended with exit code %d: %s", "%s berhenti dengan kode keluar %d: %s", program,
                    client.exitCode().get(), client.firstError());
        }
        return null;
    }

    static Verdict notWritten(String program) {
        return new Verdict(Meeting.Result.NOT_RUN, Text.of("%s is not written yet (a stub)", "%s belum dibuat (masih stub)", program));
    }

    /** The bytes up to the first newline (or all of them), as UTF-8. */
    private static String line(byte[] bytes) {
        String text = new String(bytes, UTF_8);
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** Bytes as a quoted string: printable ASCII as it is, {@code \n} and {@code \r}, any other byte as {@code \xNN}. */
    static String shown(byte[] bytes) {
        StringBuilder shown = new StringBuilder("\"");
        for (byte b : bytes) {
            if (b == '\n') {
                shown.append("\\n");
            } else if (b == '\r') {
                shown.append("\\r");
            } else if (b >= 0x20 && b < 0x7f) {
                shown.append((char) b);
            } else {
                shown.append(String.format(Locale.ROOT, "\\x%02x", b & 0xff));
            }
        }
        return shown.append('"').toString();
    }
}
