package socketlab.client;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.text.MessageFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * ClientKu, the seed's {@code clientku.py} in Java: connects to a server, prints the server's message
 * and answers it.
 */
@Command(name = "ClientKu", mixinStandardHelpOptions = true, sortOptions = false,
        version = "ClientKu (socket-lab) 1.0", resourceBundle = "socketlab.client.ClientKu")
public final class ClientKu implements Callable<Integer> {
    static final String ANSWER = "Hai ServerKu, ClientKu ingin berkomunikasi";

    @Option(names = "--host", defaultValue = "127.0.0.1", descriptionKey = "host")
    String host;

    @Option(names = "--port", defaultValue = "12345", descriptionKey = "port")
    int port;

    @Option(names = "--timeout", defaultValue = "5", descriptionKey = "timeout")
    int timeoutSeconds;

    private final PrintStream out;

    private ClientKu(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(execute(System.out, System.err, args));
    }

    /** Runs ClientKu with these arguments, printing to {@code out} and {@code err}; returns the exit code. */
    public static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine cli = new CommandLine(new ClientKu(out));
        cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((problem, command, parsed) -> {
            err.println("ClientKu: " + ((ClientKu) command.getCommand()).explain(problem, cli));
            return problem instanceof UnsupportedOperationException ? 3 : 1;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        Socket s = connect(host, port, timeoutSeconds);
        out.println(receiveLine(s));
        sendLine(s, ANSWER);
        close(s);
        return 0;
    }

    /**
     * Creates a TCP socket connected to host:port. Connecting, and every later read, waits at most
     * this many seconds.
     */
    static Socket connect(String host, int port, int timeoutSeconds) throws IOException {
        // seed: s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        //       s.connect((host, port))
        // BEGIN SOLUTION
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(host, port), timeoutSeconds * 1000);
            s.setSoTimeout(timeoutSeconds * 1000);
        } catch (IOException e) {
            s.close();
            throw e;
        }
        return s;
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: create a Socket, connect it"
        // STUB:         + " to host:port and set its time limits (socket, connect)");
    }

    /** Receives one line: everything up to a newline or to the end of the stream, whichever comes first. */
    static String receiveLine(Socket s) throws IOException {
        // seed: print s.recv(1024)   (one recv may return only part of the message: read until it ends)
        // BEGIN SOLUTION
        BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), UTF_8));
        String line = in.readLine();
        return line == null ? "" : line;
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: read up to a newline"
        // STUB:         + " or the end of the stream (recv)");
    }

    /** Sends the text and a newline, UTF-8 encoded, to the server. */
    static void sendLine(Socket s, String text) throws IOException {
        // seed: s.send("Hai Serverku.py, Clientku.py ingin berkomunikasi")
        // BEGIN SOLUTION
        s.getOutputStream().write((text + "\n").getBytes(UTF_8));
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: send the text and \"\\n\""
        // STUB:         + " as UTF-8 bytes (send)");
    }

    /** Closes the connection. */
    static void close(Socket s) throws IOException {
        // seed: s.close()
        // BEGIN SOLUTION
        s.close();
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: close the socket (close)");
    }

    private String explain(Exception problem, CommandLine cli) {
        // STUB: if (problem instanceof UnsupportedOperationException) {
        // STUB:     StackTraceElement at = problem.getStackTrace()[0];
        // STUB:     return problem.getMessage() + " (" + at.getFileName() + ":" + at.getLineNumber() + ")";
        // STUB: }
        String key = problem instanceof UnknownHostException ? "error.unknownHost"
                : problem instanceof ConnectException ? "error.refused"
                : problem instanceof SocketTimeoutException ? "error.timeout"
                : "error.io";
        return MessageFormat.format(cli.getResourceBundle().getString(key),
                host + ":" + port, problem.getMessage(), timeoutSeconds, host);
    }
}
