package socketlab.grader.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import socketlab.grader.course.Text;
import socketlab.grader.harness.program.HostsFile;
import socketlab.grader.harness.program.Quote;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.Observed;
import socketlab.grader.harness.wire.Peer;

/**
 * What several exercises judge alike, written once: each check, and the points and name every exercise's test of it
 * has (its constants, which a test's {@code @Graded} names). A hidden exercise never imports another: what two share
 * lives here. Where the servers listen, what they say about it, how they stop, and the one-line report of an unknown
 * host or a port in use.
 */
public final class CommonTests {
    /** "reports an unknown host in one line": its points in every exercise. */
    public static final int UNKNOWN_HOST_POINTS = 1;
    public static final String UNKNOWN_HOST_EN = "reports an unknown host in one line";
    public static final String UNKNOWN_HOST_ID = "melaporkan host yang tidak dikenal dalam satu baris";
    /** "reports a port in use in one line": its points in every exercise. */
    public static final int PORT_IN_USE_POINTS = 1;
    public static final String PORT_IN_USE_EN = "reports a port in use in one line";
    public static final String PORT_IN_USE_ID = "melaporkan port yang sudah dipakai dalam satu baris";
    /** "stops cleanly on SIGTERM": its points in every exercise. */
    public static final int SIGTERM_POINTS = 2;
    public static final String SIGTERM_EN = "stops cleanly on SIGTERM";
    public static final String SIGTERM_ID = "berhenti dengan rapi saat SIGTERM";

    private CommonTests() {
    }

    /**
     * Started with --port 0, the server names a real port on its "Listening on" line (one its own socket
     * listens on: {@link Run#listeningPort()} checks that), and the shared run's client could connect there.
     */
    public static void namesTheBoundPort(Observed<Integer> port, Observed<Socket> client) {
        int named = port.get();
        Expect.that(client.get().isConnected(), "not connected to %d", "tidak terhubung ke %d", named);
    }

    /** Asked to listen on a port that is taken, the server says so in one line and exits non-zero. */
    public static void reportsAPortInUse(Subject server) {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(server.host(), 0));
            Run run = server.start("--host", server.host(), "--port", String.valueOf(taken.getLocalPort()));
            Expect.reportsFailureInOneLine(run, Text.of(
                    "listening on %s:%d, a port already in use", "listen di %s:%d, port yang sudah dipakai",
                    server.host(), taken.getLocalPort()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asked to listen on a host name that does not resolve, the server says so in one line and exits non-zero. */
    public static void reportsAnUnknownHost(Subject server) {
        reportsAnUnknownHost(server, Text.of("listening on the unknown host %s", "listen di host tak dikenal %s", HostsFile.UNKNOWN),
                "--host", HostsFile.UNKNOWN, "--port", "0");
    }

    /**
     * Started with {@code args}, which name a host that does not resolve ({@link HostsFile#UNKNOWN}), the program says so
     * in one line and exits non-zero; returns its run.
     */
    public static Run reportsAnUnknownHost(Subject program, Text doing, String... args) {
        Run run = program.start(args);
        Expect.reportsFailureInOneLine(run, doing);
        return run;
    }

    /**
     * Started on --port 0 and sent SIGTERM once it listens, the server ends by itself: no stack trace, a last line on
     * stdout (saying {@code lastLine}), and none of its own sockets left listening or bound.
     */
    public static void stopsCleanlyOnSigterm(Subject server, Text lastLine) {
        Run run = server.start("--host", server.host(), "--port", "0");
        run.listeningLine();
        stopsCleanlyOnSigterm(run, server.host(), lastLine);
    }

    /** A server run, now in whatever state the test brought it to, stops cleanly on SIGTERM (as above). */
    public static void stopsCleanlyOnSigterm(Run run, String host, Text lastLine) {
        int linesBefore = run.stdout().size();
        run.terminate();
        run.awaitExit(Run.STEP);
        List<String> err = run.stderr();
        Expect.that(err.stream().noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception")),
                "on SIGTERM it printed a stack trace: %s", "saat SIGTERM ia mencetak stack trace: %s", Quote.lines(err));
        Expect.that(run.stdout().size() > linesBefore, Text.about(lastLine, "on SIGTERM expected a last line on stdout (such as {what}); %s",
                "saat SIGTERM diharapkan satu baris terakhir di stdout (misalnya {what}); %s", run.printed()));
        String still = run.stillListening(host);
        Expect.that(still.isEmpty(), "after SIGTERM, it still listens on %s", "setelah SIGTERM, ia masih listen di %s", still);
    }

    /**
     * Started with --host X, the server listens on X only, and says so. Whether it also listens on another
     * address is read from its own sockets, not by connecting: another program may hold that address and port.
     */
    public static void bindsTheAddressAskedFor(Subject server) {
        String asked = server.otherHost();
        Run run = server.start("--host", asked, "--port", "0");
        int port = run.listeningPort();
        String line = run.listeningLine();
        Expect.that(line.equals("Listening on " + asked + ":" + port), "with --host %s expected \"Listening on %s:%d\", got \"%s\"",
                "dengan --host %s diharapkan \"Listening on %s:%d\", ternyata \"%s\"", asked, asked, port, line);
        try (Socket client = Peer.connect(run, asked, port)) {
            Expect.that(client.isConnected(), "not connected to %s", "tidak terhubung ke %s", asked);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Expect.that(!run.accepts(server.host(), port),
                "asked to bind %s, it also accepts connections on %s:%d: bind the --host address, not every address",
                "diminta bind %s, ternyata juga menerima koneksi di %s:%d: bind alamat --host, bukan semua alamat",
                asked, server.host(), port);
    }
}
