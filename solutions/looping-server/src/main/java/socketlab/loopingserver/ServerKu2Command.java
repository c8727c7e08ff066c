package socketlab.loopingserver;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.text.MessageFormat;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Given, not part of the exercise: ServerKu2's command line. Reads the options, prints the help in the JVM's
 * language (ServerKu2.properties, ServerKu2_id.properties), runs {@link ServerKu2#serve}, stops it on SIGINT or
 * SIGTERM and turns a failure into one line on stderr. Exit codes: 0 done or stopped, 1 a network failure,
 * 2 a wrong option, 3 a method not written yet.
 */
final class ServerKu2Command {
    String host = "0.0.0.0";
    int port = 12345;
    int backlog = 2;
    int maxClients = Integer.MAX_VALUE;
    int served;

    private final PrintStream err;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean listening;
    private volatile boolean stopping;

    private ServerKu2Command(PrintStream err) {
        this.err = err;
    }

    /** Runs ServerKu2 with these arguments, printing to {@code out} and {@code err}; returns the exit code. */
    static int execute(PrintStream out, PrintStream err, String... args) {
        ServerKu2Command options = new ServerKu2Command(err);
        Deque<String> words = new ArrayDeque<>(Arrays.asList(args));
        try {
            while (!words.isEmpty()) {
                String option = nameOf(words);
                switch (option) {
                    case "-h", "--help" -> {
                        out.print(text("help"));
                        return 0;
                    }
                    case "-V", "--version" -> {
                        out.println("ServerKu2 (socket-lab) 1.0");
                        return 0;
                    }
                    case "--host" -> options.host = valueOf(option, words);
                    case "--port" -> options.port = number(option, valueOf(option, words));
                    case "--backlog" -> options.backlog = number(option, valueOf(option, words));
                    case "--max-clients" -> options.maxClients = number(option, valueOf(option, words));
                    default -> throw new IllegalArgumentException(text("usage.unknown", option));
                }
            }
        } catch (IllegalArgumentException wrong) {
            err.println("ServerKu2: " + wrong.getMessage());
            return 2;
        }
        return options.run(out);
    }

    private int run(PrintStream out) {
        try {
            ServerKu2.serve(this, out);
            return 0;
        } catch (UnsupportedOperationException notYet) {
            StackTraceElement at = notYet.getStackTrace()[0];
            err.println("ServerKu2: " + notYet.getMessage() + " (" + at.getFileName() + ":" + at.getLineNumber() + ")");
            return 3;
        } catch (SocketException closed) {
            if (stopping) {
                return 0;
            }
            err.println("ServerKu2: " + explain(closed));
            return 1;
        } catch (IOException | RuntimeException problem) {
            err.println("ServerKu2: " + explain(problem));
            return 1;
        } finally {
            if (listening) {
                out.println(text("stopped", String.valueOf(served)));
            }
            stopped.countDown();
        }
    }

    /** On SIGINT or SIGTERM: closes the listening socket, which ends the loop, and waits for the last line. */
    void closeOnSignal(ServerSocket server) {
        listening = true;
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                stopping = true;
                try {
                    server.close();
                    stopped.await(2, TimeUnit.SECONDS);
                } catch (IOException | InterruptedException ignored) {
                    // the JVM is ending anyway
                }
            }
        }, "ServerKu2-stop"));
    }

    /** Says on stderr that a client left before it was thanked. */
    void clientLeft(Socket conn, IOException problem) {
        String client = conn.getInetAddress().getHostAddress() + ":" + conn.getPort();
        err.println("ServerKu2: " + text("clientLeft", client, String.valueOf(problem.getMessage())));
    }

    private String explain(Exception problem) {
        String key = problem instanceof UnknownHostException || new InetSocketAddress(host, 0).isUnresolved()
                ? "error.unknownHost"
                : problem instanceof BindException ? "error.bind" : "error.io";
        return text(key, host + ":" + port, String.valueOf(problem.getMessage()));
    }

    /** The next option's name; a value written as {@code --name=value} is put back as the next word. */
    private static String nameOf(Deque<String> words) {
        String word = words.pop();
        int equals = word.indexOf('=');
        if (word.startsWith("--") && equals > 0) {
            words.push(word.substring(equals + 1));
            return word.substring(0, equals);
        }
        return word;
    }

    private static String valueOf(String option, Deque<String> words) {
        if (words.isEmpty()) {
            throw new IllegalArgumentException(text("usage.missing", option));
        }
        return words.pop();
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(text("usage.notANumber", option, value));
        }
    }

    /** A message from the bundle in the JVM's language, its {0}, {1}... filled in. */
    private static String text(String key, String... values) {
        String message = ResourceBundle.getBundle("socketlab.loopingserver.ServerKu2").getString(key);
        return values.length == 0 ? message : MessageFormat.format(message, (Object[]) values);
    }
}
