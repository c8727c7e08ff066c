package socketlab.udpserver;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Locale;

/**
 * ServerUdpKu, a UDP server in the seed's style: it receives datagrams with their sender's address
 * (recvfrom), prints each sender and text, and answers each with its text upper-cased, to the address it came
 * from (sendto), until it has received {@code --max-datagrams} or a signal stops it. There is no connection,
 * no accept and no close per client. Write the three methods below; the options, help, signals and error lines
 * are given in ServerUdpKuCommand.java, which you need not open.
 */
public final class ServerUdpKu {

    public static void main(String[] args) {
        System.exit(ServerUdpKuCommand.execute(System.out, System.err, args));
    }

    /** One datagram as the server received it: its bytes (--buffer at most), its sender, and whether it was cut. */
    record Datagram(byte[] data, InetSocketAddress sender, boolean cut) {
    }

    /** Bind once, then receive and answer one datagram after another, from whoever sends. */
    static void serve(ServerUdpKuCommand options, PrintStream out) throws IOException {
        try (DatagramSocket socket = openSocket(options.host, options.port)) {
            options.closeOnSignal(socket); // given: SIGINT or SIGTERM closes the socket, which ends the loop
            out.println("Listening on " + socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort());
            byte[] buffer = new byte[options.buffer + 1]; // one byte more than --buffer: a longer datagram fills it
            while (options.received < options.maxDatagrams) {
                Datagram datagram = receive(socket, buffer);
                String text = new String(datagram.data(), UTF_8);
                String sender = datagram.sender().getAddress().getHostAddress() + ":" + datagram.sender().getPort();
                out.println(sender + " " + text + (datagram.cut() ? " " + options.cutNotice() : ""));
                answer(socket, text.toUpperCase(Locale.ROOT), datagram.sender());
                options.received++;
            }
        }
    }

    /** Creates a UDP socket bound to host:port. */
    static DatagramSocket openSocket(String host, int port) throws IOException {
        // seed: s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        //       s.bind((host, port))
        // BEGIN SOLUTION
        DatagramSocket socket = new DatagramSocket(null);
        try {
            socket.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return socket;
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: create a DatagramSocket"
        // STUB:         + " bound to host:port (socket, bind)");
    }

    /**
     * Waits for the next datagram and receives it into the buffer, which is one byte longer than --buffer.
     * Returns its bytes (--buffer of them at most) and its sender's address and port. A datagram that filled
     * the whole buffer was longer than --buffer, and is returned cut.
     */
    static Datagram receive(DatagramSocket socket, byte[] buffer) throws IOException {
        // seed: nbytes, addr = s.recvfrom_into(buffer)
        // BEGIN SOLUTION
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.receive(packet);
        boolean cut = packet.getLength() == buffer.length;
        byte[] data = Arrays.copyOf(buffer, cut ? buffer.length - 1 : packet.getLength());
        return new Datagram(data, (InetSocketAddress) packet.getSocketAddress(), cut);
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: receive a datagram into the"
        // STUB:         + " buffer; keep its bytes, its sender, and whether it filled the buffer (recvfrom_into)");
    }

    /** Sends the reply as UTF-8, in one datagram, to the address and port it is an answer to. */
    static void answer(DatagramSocket socket, String reply, InetSocketAddress sender) throws IOException {
        // seed: s.sendto(data.upper(), addr)
        // BEGIN SOLUTION
        byte[] bytes = reply.getBytes(UTF_8);
        socket.send(new DatagramPacket(bytes, bytes.length, sender));
        // END SOLUTION
        // STUB: throw new UnsupportedOperationException("not implemented yet / belum dibuat: send the reply's UTF-8 bytes"
        // STUB:         + " in one datagram to the sender (sendto)");
    }
}
