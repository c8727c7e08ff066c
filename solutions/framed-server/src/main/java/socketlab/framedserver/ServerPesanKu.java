package socketlab.framedserver;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.zip.CRC32;

/**
 * ServerPesanKu, a TCP server for many messages on one connection: each message is framed by a header, its
 * length in 4 bytes (big-endian), then that many bytes of any kind. The server answers each message with its
 * length and CRC32 as text, in a message of its own; an empty message gets no answer. When the client ends its
 * side after a whole message, the server sends it a file of {@code --file-bytes} bytes, also as one message,
 * and serves the next client. A stream has no message boundaries: one read may return part of a message, or
 * two. Write the four methods below; the options, help, signals and error lines are given in
 * ServerPesanKuCommand.java, which you need not open.
 */
public final class ServerPesanKu {
    /** The length of a message's header: a 4-byte big-endian number, the count of bytes that follow. */
    static final int HEADER = 4;

    public static void main(String[] args) {
        System.exit(ServerPesanKuCommand.execute(System.out, System.err, args));
    }

    /** What the server learnt of one message: how many bytes it had, and their CRC32. It is also the answer. */
    record Summary(long length, long crc) {
        @Override
        public String toString() {
            return length + " " + String.format("%08x", crc);
        }
    }

    /** Like the seed's {@code send(bytes)}: sends some of the bytes, perhaps not all, and returns how many it sent. */
    interface Sender {
        int send(byte[] data, int offset, int length) throws IOException;
    }

    /** Listen, then serve one client after another: read its messages, answer each, and send the file at its end. */
    static void serve(ServerPesanKuCommand options, PrintStream out) throws IOException {
        try (ServerSocket server = options.listen()) { // given: socket, bind, listen(2); SIGINT or SIGTERM closes it
            out.println("Listening on " + server.getInetAddress().getHostAddress() + ":" + server.getLocalPort());
            byte[] buffer = new byte[options.buffer]; // every read of every client goes into this one buffer
            while (options.served < options.maxClients) {
                try (Socket conn = server.accept()) {
                    String client = conn.getInetAddress().getHostAddress() + ":" + conn.getPort();
                    out.println(client + " Now Connected");
                    Sender sender = options.sender(conn); // given: sends at most --send-limit bytes at a time
                    try {
                        for (Summary message = readMessage(conn.getInputStream(), buffer); message != null;
                                message = readMessage(conn.getInputStream(), buffer)) {
                            out.println(client + " " + message);
                            if (message.length() > 0) {
                                sendMessage(sender, message.toString().getBytes(US_ASCII));
                            }
                        }
                        sendMessage(sender, options.file());
                        out.println(client + " " + options.fileSent());
                    } catch (IOException broken) {
                        options.clientFailed(client, broken); // given: one line on stderr; the next client is served
                    }
                }
                options.served++;
            }
        }
    }

    /**
     * Receives {@code count} bytes into {@code buffer[0..count)}: one read returns what has arrived, from one
     * byte to {@code count}, so read again until all are there. Returns how many were received: {@code count},
     * or fewer if the stream ended first. A read that fails (the connection closed or reset) ends it with that
     * exception, which the given loop reports.
     */
    static int receiveInto(InputStream in, byte[] buffer, int count) throws IOException {
        // seed: nbytes = conn.recv_into(buffer, count)   (and again, until count bytes are in)
        // BEGIN SOLUTION
        int received = 0;
        while (received < count) {
            int n = in.read(buffer, received, count - received);
            if (n < 0) {
                break;
            }
            received += n;
        }
        return received;
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: read into the buffer"
        // STUB:         + " until count bytes are in or the stream ends (recv_into)");
    }

    /**
     * Reads one message: its header (the length, 4 bytes, big-endian), then its bytes, through {@code buffer}
     * a part at a time (a message may be longer than the buffer), counting them and adding them to a CRC32.
     * Returns null if the stream ended before a new message began; throws
     * {@code BrokenMessage.endedInside} if it ended inside one, {@code BrokenMessage.badHeader} if the length
     * is negative.
     */
    static Summary readMessage(InputStream in, byte[] buffer) throws IOException {
        // seed: conn.recv_into(buffer, 4); length = struct.unpack(">i", buffer[:4])[0]
        //       then conn.recv_into(buffer, ...) again and again until length bytes are in
        // BEGIN SOLUTION
        int got = receiveInto(in, buffer, HEADER);
        if (got == 0) {
            return null;
        }
        if (got < HEADER) {
            throw ServerPesanKuCommand.BrokenMessage.endedInside(got, HEADER);
        }
        int length = (buffer[0] & 0xff) << 24 | (buffer[1] & 0xff) << 16 | (buffer[2] & 0xff) << 8 | buffer[3] & 0xff;
        if (length < 0) {
            throw ServerPesanKuCommand.BrokenMessage.badHeader(length);
        }
        CRC32 crc = new CRC32();
        long received = 0;
        while (received < length) {
            int part = (int) Math.min(buffer.length, length - received);
            int n = receiveInto(in, buffer, part);
            crc.update(buffer, 0, n);
            received += n;
            if (n < part) {
                throw ServerPesanKuCommand.BrokenMessage.endedInside(received, length);
            }
        }
        return new Summary(length, crc.getValue());
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: read the 4-byte length,"
        // STUB:         + " then that many bytes through the buffer, counting them and adding them to a CRC32");
    }

    /** Sends all of the bytes: send may send only some, so send the rest until none is left. */
    static void sendAll(Sender sender, byte[] data) throws IOException {
        // seed: conn.sendall(data)
        // BEGIN SOLUTION
        int sent = 0;
        while (sent < data.length) {
            sent += sender.send(data, sent, data.length - sent);
        }
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: send until every byte"
        // STUB:         + " is sent, as send may send only some (sendall)");
    }

    /** Sends one message: its header (the body's length, 4 bytes, big-endian), then the body. */
    static void sendMessage(Sender sender, byte[] body) throws IOException {
        // seed: conn.sendall(struct.pack(">i", len(body)) + body)
        // BEGIN SOLUTION
        int n = body.length;
        sendAll(sender, new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        sendAll(sender, body);
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: send the body's length"
        // STUB:         + " in 4 bytes, big-endian, then the body (sendall)");
    }
}
