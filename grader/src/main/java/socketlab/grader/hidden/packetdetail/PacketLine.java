package socketlab.grader.hidden.packetdetail;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of DetailPaket's lines read in its parts, so that a test compares only the parts it judges and reads the others
 * as any value: another test judges them. A packet's line is "number time [link] network [notes]"; the conversations
 * after the packets are compared whole where a test judges them.
 */
record PacketLine(String number, String time, String macs, String tags, String network, String notes) {
    /** "12 1700000000.000001 eth … > … vlan 42 UDP …": the link part is the eth words, then any vlan and cooked words. */
    private static final Pattern PACKET = Pattern.compile(
            "^(\\d+) (\\S+)((?: eth \\S+ > \\S+)?)((?: vlan \\d+| cooked \\S+)*)(.*?)((?: cut short: .*| malformed: .*)?)$");

    /** The parts of a packet's line a test can judge: the link layer's MAC addresses, and its VLAN tags or cooked header's words. */
    enum Part { NUMBER, TIME, MACS, TAGS, NETWORK, NOTES }

    /** Every part. */
    static final Set<Part> ALL = EnumSet.allOf(Part.class);

    /** The line in its parts; a line that is no packet's (a conversation, or anything else) is its network part alone. */
    static PacketLine of(String line) {
        Matcher packet = PACKET.matcher(line);
        if (!packet.matches()) {
            return new PacketLine("", "", "", "", line, "");
        }
        return new PacketLine(packet.group(1), packet.group(2), packet.group(3).strip(), packet.group(4).strip(), packet.group(5).strip(),
                packet.group(6).strip());
    }

    /** The line as a test compares it: the parts it does not judge written "*". */
    String judged(Set<Part> parts) {
        return String.join(" | ", parts.contains(Part.NUMBER) ? number : "*", parts.contains(Part.TIME) ? time : "*",
                parts.contains(Part.MACS) ? macs : "*", parts.contains(Part.TAGS) ? tags : "*", parts.contains(Part.NETWORK) ? network : "*",
                parts.contains(Part.NOTES) ? notes : "*");
    }
}
