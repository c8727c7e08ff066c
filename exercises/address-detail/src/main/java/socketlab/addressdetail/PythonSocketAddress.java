package socketlab.addressdetail;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Writes a socket address as Python 3 prints the one {@code getaddrinfo} returns:
 * {@code ('127.0.0.1', 80)} for IPv4 and {@code ('::1', 80, 0, 0)} (address, port, flow info, scope id)
 * for IPv6, the IPv6 text shortened as glibc's {@code inet_ntop} does.
 */
public final class PythonSocketAddress {

    private PythonSocketAddress() {
    }

    /** The Python text of this address and port. */
    public static String of(InetAddress address, int port) {
        if (address instanceof Inet4Address) {
            return "('" + address.getHostAddress() + "', " + port + ")";
        }
        int scope = address instanceof Inet6Address v6 ? v6.getScopeId() : 0;
        return "('" + ipv6Text(address.getAddress()) + "', " + port + ", 0, " + scope + ")";
    }

    /** glibc's inet_ntop for IPv6: the first longest run of two or more zero words becomes "::". */
    static String ipv6Text(byte[] bytes) {
        int[] words = new int[8];
        for (int i = 0; i < 8; i++) {
            words[i] = (bytes[2 * i] & 0xFF) << 8 | bytes[2 * i + 1] & 0xFF;
        }
        int bestBase = -1;
        int bestLength = 0;
        for (int i = 0; i < 8; ) {
            int end = i;
            while (end < 8 && words[end] == 0) {
                end++;
            }
            if (end - i > bestLength) {
                bestBase = i;
                bestLength = end - i;
            }
            i = end == i ? i + 1 : end;
        }
        if (bestLength < 2) {
            bestBase = -1;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (bestBase >= 0 && i >= bestBase && i < bestBase + bestLength) {
                if (i == bestBase) {
                    text.append(':');
                }
                continue;
            }
            if (i != 0) {
                text.append(':');
            }
            if (i == 6 && bestBase == 0 && (bestLength == 6 || bestLength == 5 && words[5] == 0xFFFF)) {
                text.append(bytes[12] & 0xFF).append('.').append(bytes[13] & 0xFF).append('.')
                        .append(bytes[14] & 0xFF).append('.').append(bytes[15] & 0xFF);
                return text.toString();
            }
            text.append(Integer.toHexString(words[i]));
        }
        if (bestBase >= 0 && bestBase + bestLength == 8) {
            text.append(':');
        }
        return text.toString();
    }
}
