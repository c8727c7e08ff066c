package socketlab.grader.hidden.concurrentserver;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Expect;
import socketlab.grader.harness.Subject;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.NotJudged;
import socketlab.grader.harness.wire.Frames;
import socketlab.grader.harness.wire.Peer;
import socketlab.grader.harness.wire.Received;

/** One of the test's clients of a ServerKu3 run: it connects, expects the greeting, and answers when the test says. */
final class Ku3Client implements AutoCloseable {
    static final String GREETING = "Thank you for connecting";

    final Run run;
    final Socket socket;
    final String name;

    private Ku3Client(Run run, Socket socket, String name) {
        this.run = run;
        this.socket = socket;
        this.name = name;
    }

    /** Connects to the run as the client the test calls {@code name}. */
    static Ku3Client connect(Subject serverKu3, Run run, String name) {
        return new Ku3Client(run, Peer.connect(run, serverKu3.host(), run.listeningPort()), name);
    }

    /** "ip:port", as ServerKu3 prints this client. */
    String address() {
        return socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort();
    }

    /** Expects the greeting line, within {@link Run#STEP}. */
    void expectGreeting() {
        Expect.line(Peer.readMessage(socket), GREETING, Text.of("for client %s the greeting", "untuk client %s sapaan", name));
    }

    /**
     * Waits for the greeting's text, within {@link Run#STEP}, a newline after it or not: for the tests whose subject is
     * not the greeting's line (only {@link #expectGreeting()} judges that); {@code when} says what the other clients
     * were doing.
     */
    void awaitGreeting(Text when) {
        Received received = Peer.readText(socket, GREETING);
        Expect.that(received.hasText(GREETING), noGreeting(when, received));
    }

    /** Why a greeting that did not come fails: for this client, when, and what came instead. */
    private Text noGreeting(Text when, Received received) {
        return Text.about(when, "for client " + name + " expected the greeting \"%s\" {what}; %s",
                "untuk client " + name + " diharapkan sapaan \"%s\" {what}; %s", GREETING, received.describe().en());
    }

    /**
     * {@link #awaitGreeting(Text)} while another client's conversation goes on: without the greeting then, ServerKu3 does
     * not serve clients at once, and a test about something else cannot judge its own subject.
     */
    void awaitGreetingWhileAnotherIsServed(Text when) {
        Received received = Peer.readText(socket, GREETING);
        if (!received.hasText(GREETING)) {
            throw new NotJudged(noGreeting(when, received), AT_ONCE);
        }
    }

    /** {@link #awaitGreeting(Text)} with nothing else to say. */
    void awaitGreeting() {
        awaitGreeting(Text.of("when it connected", "saat terhubung"));
    }

    /** The words of ServerKu3's Javadoc that say it serves clients at once: what a test of two clients at a time needs. */
    static final String[] AT_ONCE = {"ServerKu3.handOff: returns at once", "ServerKu3: all of them at once"};

    /** Sends the answer and its newline. */
    void answer(String text) {
        Peer.send(socket, text + "\n");
    }

    /** Sends part of an answer, no newline, and waits until ServerKu3 has read it (it is then reading the rest). */
    boolean answerPart(String part) {
        return Frames.sendAndAwaitRead(run, socket, part.getBytes(UTF_8), Text.of("part of client %s's answer, \"%s\"",
                "sebagian jawaban client %s, \"%s\"", name, part));
    }

    /** Expects ServerKu3 to print this client's answer as one whole line: "ip:port Client: answer". */
    void expectPrinted(String answer) {
        expectLine(answer, false);
    }

    private void expectLine(String answer, boolean withoutAddressToo) {
        String expected = address() + " Client: " + answer;
        String printed = run.awaitLine(line -> line.endsWith(answer) || line.startsWith(address() + " Client:"),
                Text.of("the line for client %s, \"%s\"", "baris untuk client %s, \"%s\"", name, expected));
        Expect.that(printed.equals(expected) || withoutAddressToo && printed.equals("Client: " + answer),
                "client %s (%s) answered \"%s\", so expected the whole line \"%s\"; ServerKu3 printed \"%s\"",
                "client %s (%s) menjawab \"%s\", jadi diharapkan satu baris utuh \"%s\"; ServerKu3 mencetak \"%s\"",
                name, address(), answer, expected, printed);
    }

    /**
     * Expects ServerKu3 to print this client's answer whole on one line of its own, nothing of another client's inside:
     * "ip:port Client: answer", or "Client: answer" (whether the address is there is {@link #expectPrinted}'s subject).
     */
    void expectPrintedWhole(String answer) {
        expectLine(answer, true);
    }

    /**
     * Waits until ServerKu3 has printed a line that ends with this client's answer: that it read the answer, for the
     * tests whose subject is not the line's form (only {@link #expectPrinted} judges that).
     */
    void awaitAnswerPrinted(String answer) {
        run.awaitLine(line -> line.endsWith(answer), Text.of("a line with client %s's answer, \"%s\"", "baris dengan jawaban client %s, \"%s\"",
                name, answer));
    }

    /** Whether any byte has come from ServerKu3 on this connection. */
    boolean heardAnything() {
        try {
            return socket.getInputStream().available() > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    InetSocketAddress local() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    @Override
    public void close() {
        Peer.close(socket);
    }
}
