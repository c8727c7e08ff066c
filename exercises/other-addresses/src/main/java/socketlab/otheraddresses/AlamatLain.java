package socketlab.otheraddresses;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * AlamatLain, the seed's practicum in Java: "try again with other IP addresses". Starts ServerKu's server on
 * each address it is given, all on one port, then connects a client from each local address to each target
 * and prints which server took it and the address it saw. Write the three methods below; the options, help,
 * error lines and the table are given in AlamatLainCommand.java and Table.java (no need to open them).
 */
public final class AlamatLain {

    public static void main(String[] args) {
        System.exit(AlamatLainCommand.execute(System.out, System.err, args));
    }

    /** The experiment: a server on each address, then a client from each local address to each target. */
    static void experiment(AlamatLainCommand options, Table table) throws IOException {
        List<Table.Server> servers = new ArrayList<>();
        try {
            int port = startServers(options, servers, table);
            table.clientsHeader();
            for (String to : options.targets()) {
                for (String from : options.sources) {
                    table.client(from, to, port, () -> {
                        try (Socket client = connectFrom(from, to, port, options.timeoutMillis())) {
                            return whoAccepted(servers, client, options.timeoutMillis());
                        }
                    });
                }
            }
        } finally {
            for (Table.Server server : servers) {
                server.socket().close();
            }
        }
    }

    /** Starts a server on each address, adding those that listen to {@code servers}; returns their port. */
    static int startServers(AlamatLainCommand options, List<Table.Server> servers, Table table) {
        int port = options.port;
        for (String address : options.servers) {
            try {
                ServerSocket socket = openServer(address, port);
                port = socket.getLocalPort();   // port 0: the first server's free port is everyone's
                servers.add(new Table.Server(address, socket));
                table.listening(address, port);
            } catch (IOException failed) {
                table.notListening(address, port, failed);
            }
        }
        return port;
    }

    /** Creates a TCP server socket bound to address:port and listening: ServerKu's first three steps. */
    static ServerSocket openServer(String address, int port) throws IOException {
        // seed: s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        //       s.bind((host, port))        <- the practicum: try other values of host
        //       s.listen(2)
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: socket, bind, listen");
    }

    /**
     * A client that binds its own local address first, when {@code from} is not null (any free port), then
     * connects to to:port within timeoutMillis. With {@code from} null the kernel picks the local address.
     */
    static Socket connectFrom(String from, String to, int port, int timeoutMillis) throws IOException {
        // seed: s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        //       s.bind((from, 0))           <- not in clientku.py: the client chooses its own address
        //       s.connect((host, port))
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: bind the client's own"
                + " address (if any), then connect");
    }

    /**
     * Which of our servers accepted this client, and the client address it saw; null when none did within
     * timeoutMillis (another program answered). Accept on each server in turn, briefly ({@link Table#POLL_MILLIS}),
     * and close what you accept: a connection is our client's when its remote port is the client's local port.
     */
    static Table.Seen whoAccepted(List<Table.Server> servers, Socket client, int timeoutMillis) throws IOException {
        // seed: conn, addr = s.accept()
        //       print addr                   <- the address the server saw
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: accept on each server"
                + " until one has our client (accept)");
    }
}
