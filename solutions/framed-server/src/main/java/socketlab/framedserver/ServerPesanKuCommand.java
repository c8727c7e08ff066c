package socketlab.framedserver;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Given, not part of the exercise: ServerPesanKu's options, their defaults and its lines (in ServerPesanKu.properties,
 * ServerPesanKu_id.properties), its listening socket, its send that sends at most --send-limit bytes at a time, the
 * file it sends, and its stop on SIGINT or SIGTERM; {@link CommandLine} reads the options, prints the help and gives
 * the exit codes: 0 done or stopped, 1 a network failure, 2 a wrong option, 3 a method not written yet.
 */
final class ServerPesanKuCommand {
    String host = "0.0.0.0";
    int port = 12345;
    int buffer = 4096;
    int sendLimit = 65536;
    int fileBytes = 1024 * 1024 + 1;
    int maxClients = Integer.MAX_VALUE;
    int served;

    private final PrintStream err;
    private final CommandLine line;
    private final ServerFrame frame = new ServerFrame();
    private volatile Socket serving;

    private ServerPesanKuCommand(PrintStream err, CommandLine line) {
        this.err = err;
        this.line = line;
    }

    /** Runs ServerPesanKu with these arguments, printing to {@code out} and {@code err}; returns the exit code. */
    static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine line = new CommandLine("ServerPesanKu", "socketlab.framedserver.ServerPesanKu", args);
        ServerPesanKuCommand options = new ServerPesanKuCommand(err, line);
        try {
            return line.run(out, err, option -> {
                switch (option) {
                    case "--host" -> options.host = line.value(option);
                    case "--port" -> options.port = line.number(option);
                    case "--buffer" -> options.buffer = Math.max(ServerPesanKu.HEADER, line.positive(option));
                    case "--send-limit" -> options.sendLimit = line.positive(option);
                    case "--file-bytes" -> options.fileBytes = line.positive(option);
                    case "--max-clients" -> options.maxClients = line.number(option);
                    default -> throw line.unknown(option);
                }
            }, () -> options.serve(out), options::explain);
        } finally {
            // only now, with how it ended said (a stub's line too), may a signal's hook let the JVM end
            options.frame.ended();
        }
    }

    /** A message that cannot be read: the connection ended inside it, or its header is not a length. */
    static final class BrokenMessage extends IOException {
        private static final long serialVersionUID = 1L;
        final String key;
        final String[] values;

        private BrokenMessage(String key, String... values) {
            super(key);
            this.key = key;
            this.values = values;
        }

        /** The connection ended when only {@code received} of the message's {@code expected} bytes had come. */
        static BrokenMessage endedInside(long received, long expected) {
            return new BrokenMessage("endedInside", String.valueOf(received), String.valueOf(expected));
        }

        /** The header gave a length that no message can have. */
        static BrokenMessage badHeader(int length) {
            return new BrokenMessage("badHeader", String.valueOf(length));
        }
    }

    /** The listening socket: bound to --host and --port, with a backlog of 2 as in the seed; a signal closes it. */
    ServerSocket listen() throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(host, port), 2);
        } catch (IOException e) {
            server.close();
            throw e;
        }
        closeOnSignal(server);
        return server;
    }

    /** The connection's send: like the seed's send(bytes), it sends at most --send-limit bytes and says how many. */
    ServerPesanKu.Sender sender(Socket conn) throws IOException {
        serving = conn;
        OutputStream stream = conn.getOutputStream();
        return (data, offset, length) -> {
            int count = Math.min(length, sendLimit);
            stream.write(data, offset, count);
            return count;
        };
    }

    /** The file sent to a client that ended its side after a whole message: --file-bytes bytes of a fixed pattern. */
    byte[] file() {
        byte[] file = new byte[fileBytes];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) (i * 31 + i / 251);
        }
        return file;
    }

    /** The line after the file is sent. */
    String fileSent() {
        return line.text("fileSent", String.valueOf(fileBytes));
    }

    /** Says on stderr, in one line, why a client's connection ended early; the next client is served. */
    void clientFailed(String client, IOException problem) {
        String why = problem instanceof BrokenMessage broken ? line.text(broken.key, broken.values)
                : line.text("clientLeft", String.valueOf(problem.getMessage()));
        err.println("ServerPesanKu: " + client + ": " + why);
    }

    /** Serves until the clients are all served or a signal stops it (then it ends as done), and says how many it served. */
    private void serve(PrintStream out) throws IOException {
        frame.serve(() -> ServerPesanKu.serve(this, out), () -> out.println(line.text("stopped", String.valueOf(served))));
    }

    /** On SIGINT or SIGTERM: closes the listening socket and the client's, which ends the loop, and waits for the last line. */
    private void closeOnSignal(ServerSocket server) {
        frame.closeOnSignal("ServerPesanKu", () -> {
            server.close();
            Socket conn = serving;
            if (conn != null) {
                conn.close();
            }
        });
    }

    private String explain(Exception problem) {
        return ServerFrame.failure(line, host, port, problem);
    }
}
