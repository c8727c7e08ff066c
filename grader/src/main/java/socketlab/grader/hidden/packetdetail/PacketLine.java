package socketlab.grader.hidden.packetdetail;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One of DetailPaket's packet lines read in its parts, so that a test compares only the parts it judges and reads the
 * others as any value: another test judges them. A line is "number time [eth a > b] [vlan n | cooked w] protocol
 * [from > to] [fragment n] details [length n] [payload "…"] [cut short: … | malformed: …]".
 */
final class PacketLine {
    private static final Pattern PACKET = Pattern.compile(
            "^(\\d+) (\\S+)((?: eth \\S+ > \\S+)?)((?: vlan \\d+| cooked \\S+)*)(.*?)((?: cut short: .*| malformed: .*)?)$");
    private static final Pattern NETWORK = Pattern.compile(
            "^(ethertype \\S+|\\S+)(?: (\\S+) > (\\S+))?( fragment \\d+\\+?)?(.*?)(?: length (-?\\d+))?( payload \".*)?$");
    /** An end "ip:port" or "[ip6]:port"; a bare address has no port. */
    private static final Pattern END = Pattern.compile("^(?:\\[(.*)]|([^:\\[\\]]*)):(\\d+)$");

    /** The parts of a packet's line a test can judge. */
    enum Part { NUMBER, TIME, MACS, TAGS, PROTOCOL, HOSTS, PORTS, FRAGMENT, DETAILS, LENGTH, PAYLOAD, NOTES }

    /** Every part. */
    static final Set<Part> ALL = EnumSet.allOf(Part.class);

    private final Map<Part, String> parts = new EnumMap<>(Part.class);

    private PacketLine(String line) {
        Matcher packet = PACKET.matcher(line);
        if (!packet.matches()) {
            parts.put(Part.DETAILS, line);
            return;
        }
        parts.put(Part.NUMBER, packet.group(1));
        parts.put(Part.TIME, packet.group(2));
        parts.put(Part.MACS, packet.group(3).strip());
        parts.put(Part.TAGS, packet.group(4).strip());
        parts.put(Part.NOTES, packet.group(6).strip());
        Matcher network = NETWORK.matcher(packet.group(5).strip());
        if (!network.matches()) {
            parts.put(Part.DETAILS, packet.group(5).strip());
            return;
        }
        parts.put(Part.PROTOCOL, network.group(1));
        String[] from = end(network.group(2));
        String[] to = end(network.group(3));
        parts.put(Part.HOSTS, from[0] + " > " + to[0]);
        parts.put(Part.PORTS, from[1] + " > " + to[1]);
        parts.put(Part.FRAGMENT, String.valueOf(network.group(4)).strip());
        parts.put(Part.DETAILS, network.group(5).strip());
        parts.put(Part.LENGTH, String.valueOf(network.group(6)));
        parts.put(Part.PAYLOAD, String.valueOf(network.group(7)).strip());
    }

    /** The line in its parts; a line that is no packet's is its details alone. */
    static PacketLine of(String line) {
        return new PacketLine(line);
    }

    /** The line as a test compares it: the parts it judges, each named. */
    String judged(Set<Part> judged) {
        return judged.stream().map(part -> part + "=" + parts.getOrDefault(part, "")).collect(Collectors.joining(" | "));
    }

    /** One part of the line, "" where it has none. */
    String part(Part part) {
        return String.valueOf(parts.getOrDefault(part, ""));
    }

    /** An end's address and port ("" where it has none). */
    private static String[] end(String end) {
        if (end == null) {
            return new String[] {"", ""};
        }
        Matcher withPort = END.matcher(end);
        if (!withPort.matches()) {
            return new String[] {end, ""};
        }
        return new String[] {withPort.group(1) != null ? withPort.group(1) : withPort.group(2), withPort.group(3)};
    }
}
