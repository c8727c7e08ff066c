package socketlab.packetdetail;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * Given, not part of the exercise: the bytes of a capture, read from a file or standard input in the pieces its
 * headers say. A file that ends inside a header or a record is said as such ({@link EOFException}).
 */
final class Capture {
    /** The most bytes of one record kept in memory; a longer record is skipped (its line says it is malformed). */
    private static final int MOST_KEPT = 16 << 20;

    private final InputStream in;
    private long records;

    Capture(InputStream in) {
        this.in = in;
    }

    /** The file header's 24 bytes; an empty file, or one shorter than that, is no capture. */
    ByteBuffer header() throws IOException {
        byte[] bytes = in.readNBytes(24);
        if (bytes.length == 0) {
            throw new EmptyException();
        }
        if (bytes.length < 24) {
            throw new EOFException("the file ends " + bytes.length + " bytes into its 24-byte header");
        }
        return ByteBuffer.wrap(bytes);
    }

    /** The next record's 16-byte header, or nothing at the end of the file. */
    Optional<ByteBuffer> recordHeader(ByteOrder order) throws IOException {
        byte[] bytes = in.readNBytes(16);
        if (bytes.length == 0) {
            return Optional.empty();
        }
        records++;
        if (bytes.length < 16) {
            throw new EOFException("the file ends " + bytes.length + " bytes into the header of record " + records);
        }
        return Optional.of(ByteBuffer.wrap(bytes).order(order));
    }

    /** The record's captured bytes (none kept for one too long to be right: they are skipped). */
    ByteBuffer data(Pcap.Record record) throws IOException {
        if (record.captured() > MOST_KEPT) {
            try {
                in.skipNBytes(record.captured());
            } catch (EOFException end) {
                throw new EOFException("the file ends inside record " + records + " of " + record.captured() + " bytes");
            }
            return ByteBuffer.allocate(0);
        }
        byte[] bytes = in.readNBytes((int) record.captured());
        if (bytes.length < record.captured()) {
            throw new EOFException("the file ends " + bytes.length + " bytes into record " + records + " of "
                    + record.captured() + " bytes");
        }
        return ByteBuffer.wrap(bytes);
    }

    /** A file with nothing in it. */
    static final class EmptyException extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
