package socketlab.concurrentserver;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * ServerKu3, the seed's serverku2.py made concurrent: a TCP server that greets every client that connects, all of
 * them at once, and prints each one's answer, until it has taken {@code --max-clients} or a signal stops it; then it
 * waits until every conversation has ended. A pool of {@code --threads} threads talks to the clients, so a client that
 * is slow to answer holds one thread, never the others. Write the four methods below; the options, help, signals and
 * error lines are given in ServerKu3Command.java, which you need not open.
 */
public final class ServerKu3 {
    static final String CONNECTED = "Now Connected";
    static final String GREETING = "Thank you for connecting";

    public static void main(String[] args) {
        System.exit(ServerKu3Command.execute(System.out, System.err, args));
    }

    /** serverku2.py, made concurrent: listen, then accept client after client and hand each to the pool. */
    static void serve(ServerKu3Command options, PrintStream out) throws IOException {
        ExecutorService pool = startPool(options.threads);
        try (ServerSocket server = options.listen()) { // given: socket, bind, listen(--backlog); a signal closes it
            out.println("Listening on " + server.getInetAddress().getHostAddress() + ":" + server.getLocalPort());
            while (options.accepted < options.maxClients) {
                Socket conn = server.accept();
                options.opened(conn); // given: a signal closes it too
                options.accepted++;
                out.println(conn.getInetAddress().getHostAddress() + ":" + conn.getPort() + " " + CONNECTED);
                handOff(pool, () -> converse(conn, options, out));
            }
        } finally {
            finish(pool);
        }
    }

    /** The pool of {@code threads} threads that talk to the clients, each client on one of them. */
    static ExecutorService startPool(int threads) {
        // seed: (none: serverku2.py serves one client at a time; a thread per client is the usual next step)
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: a pool of this many"
                + " threads (Executors)");
    }

    /** Gives one client's conversation to the pool and returns at once, so that the next client can be accepted. */
    static void handOff(ExecutorService pool, Runnable conversation) {
        // seed: threading.Thread(target=talk, args=(conn, addr)).start()
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: give the conversation to"
                + " the pool (execute)");
    }

    /**
     * One client's conversation, on a thread of the pool: greets it with {@link #GREETING} and a newline, reads its
     * answer (one line), prints the client's address and port and the answer as one whole line, and closes the
     * connection. A client that leaves or resets ends its conversation only, with {@code options.clientLeft}.
     */
    static void converse(Socket conn, ServerKu3Command options, PrintStream out) {
        // seed: conn.send("Thank you for connecting"); data = conn.recv(1024); print addr, data; conn.close()
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: greet, read one line,"
                + " print it whole with the client's address, close (send, recv, close)");
    }

    /** Lets the pool take no more conversations, and waits until every one it has has ended. */
    static void finish(ExecutorService pool) {
        // seed: for t in threads: t.join()
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: shut the pool down and wait"
                + " for its conversations to end (shutdown, awaitTermination)");
    }
}
