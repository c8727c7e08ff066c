package socketlab.grader.hidden.otheraddresses;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Expect;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.program.Quote;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.NotJudged;

/**
 * One run of AlamatLain and the table it printed: a line per server (address, port, status) and a line per
 * client (from, to, result, server, peer), every cell one word. The checks quote the arguments and the line.
 */
record AlamatLainTable(List<String> args, List<List<String>> servers, List<List<String>> clients, List<String> printed) {

    /** Runs AlamatLain with these arguments to its end and reads its table; exit code 0 is expected. */
    static AlamatLainTable of(Subject alamatLain, String... args) {
        return of(alamatLain.start(args), args);
    }

    /** Waits for this run of AlamatLain, started with these arguments, to end and reads its table; exit code 0 is expected. */
    static AlamatLainTable of(Run run, String... args) {
        int exit = run.awaitEnd();
        List<List<String>> servers = new ArrayList<>();
        List<List<String>> clients = new ArrayList<>();
        for (String line : run.stdout()) {
            List<String> cells = List.of(line.trim().split("\\s+"));
            if (cells.size() == 3 && !cells.get(0).equals("server")) {
                servers.add(cells);
            } else if (cells.size() == 5 && !cells.get(0).equals("from")) {
                clients.add(cells);
            }
        }
        AlamatLainTable table = new AlamatLainTable(List.of(args), servers, clients, run.stdout());
        Expect.that(exit == 0, "AlamatLain %s: expected exit code 0, got %d; it printed %s",
                "AlamatLain %s: diharapkan kode keluar 0, ternyata %d; yang dicetak %s", table.command(), exit,
                Quote.lines(run.stdout()));
        return table;
    }

    /** The server's line must end with this status ("listening", "in-use", ...). */
    void expectServer(String address, String status) {
        Optional<List<String>> line = servers.stream().filter(cells -> cells.get(0).equals(address)).findFirst();
        Expect.that(line.isPresent() && line.get().get(2).equals(status),
                "AlamatLain %s: expected the server on %s to be %s, got %s", "AlamatLain %s: diharapkan server di %s %s, ternyata %s",
                command(), address, status, line.map(AlamatLainTable::quoted).orElse("no line for it; table: " + Quote.lines(printed)));
    }

    /**
     * Unless the server on {@code address} listens, a test whose clients aim at it cannot judge its own subject: it needs
     * a server bound to that address (which other tests judge).
     */
    void requireListening(String address) {
        boolean listening = servers.stream().anyMatch(cells -> cells.get(0).equals(address) && cells.get(2).equals("listening"));
        if (!listening) {
            throw new NotJudged(Text.of("AlamatLain %s: its server on %s did not listen: %s", "AlamatLain %s: server-nya di %s tidak listen: %s",
                    command(), address, Quote.lines(printed)), "AlamatLain.openServer: bound to address:port");
        }
    }

    /**
     * The client's line from {@code from} ("any" for none) to {@code to} must have these result, server and peer;
     * a null peer is not checked.
     */
    void expectClient(String from, String to, String result, String server, String peer) {
        Optional<List<String>> line = clients.stream()
                .filter(cells -> cells.get(0).equals(from) && cells.get(1).equals(to)).findFirst();
        List<String> wanted = List.of(from, to, result, server, peer == null ? "*" : peer);
        boolean right = line.isPresent() && line.get().subList(0, 4).equals(wanted.subList(0, 4))
                && (peer == null || line.get().get(4).equals(peer));
        Expect.that(right,
                "AlamatLain %s: for the client from %s to %s expected \"%s\", got %s",
                "AlamatLain %s: untuk client dari %s ke %s diharapkan \"%s\", ternyata %s",
                command(), from, to, String.join(" ", wanted),
                line.map(AlamatLainTable::quoted).orElse("no line for it; table: " + Quote.lines(printed)));
    }

    /** The servers' shared port, as the first server's line gives it. */
    String port() {
        return servers.isEmpty() ? "?" : servers.get(0).get(1);
    }

    private String command() {
        return String.join(" ", args);
    }

    private static String quoted(List<String> cells) {
        return "\"" + String.join(" ", cells) + "\"";
    }
}
