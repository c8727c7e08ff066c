package socketlab.packetdetail;

import java.nio.ByteOrder;
import java.util.Optional;

/** Given, not part of the exercise: what a pcap file's headers say, and the two ways a file can be wrong. */
final class Pcap {

    private Pcap() {
    }

    /**
     * The file header: the byte order of every field, micro- or nanoseconds, the most bytes kept of a packet, and
     * the link type (1 Ethernet, 113 and 276 Linux cooked, 101 raw IP, 0 and 108 BSD loopback).
     */
    record FileHeader(ByteOrder order, boolean nanoseconds, int snapLength, int linkType) {
    }

    /** A record's header: when (seconds, then micro- or nanoseconds), the bytes kept, and the packet's length on the wire. */
    record Record(long seconds, long fraction, long captured, long original) {
        /** Whether the snap length cut the packet short. */
        boolean cutShort() {
            return captured < original;
        }

        /** Why the lengths cannot be right: more kept than the snap length allows, or than the packet had. */
        Optional<String> malformed(int snapLength) {
            if (captured > Integer.toUnsignedLong(snapLength)) {
                return Optional.of("captured " + captured + " bytes, more than the snap length " + snapLength);
            }
            return captured > original ? Optional.of("captured " + captured + " bytes of a packet of " + original)
                    : Optional.empty();
        }
    }

    /** A file that is no classic pcap file: its first four bytes, as read big-endian. */
    static final class NotPcapException extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        /** pcapng's Section Header Block starts with this, in either byte order. */
        static final int PCAPNG = 0x0a0d0d0a;

        final int magic;

        NotPcapException(int magic) {
            super(String.format("0x%08x", magic));
            this.magic = magic;
        }
    }

    /** A header whose fields cannot be right: said on the packet's line, or, in the file's header, instead of any line. */
    static final class MalformedException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        MalformedException(String why) {
            super(why);
        }
    }
}
