package socketlab.packetdetail;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Given, not part of the exercise: the conversations the lines show, said after them, in the order each began. A TCP
 * connection: who opened it (who sent the first SYN without ACK; else who spoke first), the data bytes each way and how
 * it ended (FIN, RST, or still open when the capture ended). A UDP pair: the datagrams and bytes each way.
 */
final class Conversations {
    private final Map<String, Conversation> seen = new LinkedHashMap<>();

    /** Counts a line that has both ends of a TCP or UDP conversation. */
    void add(Line line) {
        if (line.sourcePort < 0 || !("TCP".equals(line.protocol) || "UDP".equals(line.protocol))) {
            return;
        }
        String from = line.sourceEnd();
        String to = line.destinationEnd();
        String key = line.protocol + " " + (from.compareTo(to) < 0 ? from + " " + to : to + " " + from);
        boolean syn = "TCP".equals(line.protocol) && (line.tcpFlags & 0x12) == 0x02;
        Conversation conversation = seen.computeIfAbsent(key, k -> new Conversation(line.protocol, from, to));
        if (syn && !conversation.opened) {
            conversation.opened = true;
            conversation.opener = from;
            conversation.other = to;
        }
        boolean forth = from.equals(conversation.opener);
        if (forth) {
            conversation.bytesForth += line.payloadLength();
            conversation.packetsForth++;
        } else {
            conversation.bytesBack += line.payloadLength();
            conversation.packetsBack++;
        }
        if ((line.tcpFlags & 0x04) != 0) {
            conversation.ended = "RST from " + from;
        } else if ((line.tcpFlags & 0x01) != 0 && conversation.ended.equals("open")) {
            conversation.ended = "FIN from " + from;
        }
    }

    /** Prints each conversation on a line of its own, after a line that counts them. */
    void print(PrintStream out) {
        out.println("conversations: " + seen.size());
        for (Conversation conversation : seen.values()) {
            out.println(conversation);
        }
    }

    /** One TCP connection or UDP pair, as counted so far. */
    private static final class Conversation {
        private final String protocol;
        private String opener;
        private String other;
        private boolean opened;
        private long bytesForth;
        private long bytesBack;
        private long packetsForth;
        private long packetsBack;
        private String ended = "open";

        Conversation(String protocol, String firstFrom, String firstTo) {
            this.protocol = protocol;
            this.opener = firstFrom;
            this.other = firstTo;
        }

        @Override
        public String toString() {
            if (protocol.equals("UDP")) {
                return "UDP " + opener + " > " + other + ": " + packetsForth + " datagrams, " + bytesForth + " bytes; back "
                        + packetsBack + " datagrams, " + bytesBack + " bytes";
            }
            return "TCP " + opener + " > " + other + ": " + (opened ? "opened by " + opener : "opened before the capture") + "; "
                    + bytesForth + " bytes sent, " + bytesBack + " bytes back; " + (ended.equals("open") ? "still open" : "ended by " + ended);
        }
    }
}
