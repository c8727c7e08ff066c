package socketlab.grader.hidden.packetdetail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The captures the hidden tests hand DetailPaket, and what the reference prints for each (the grader's resources:
 * {@code grader/captures/} crafted by {@code craft.py}, {@code handouts/captures/} recorded by {@code capture.sh}).
 */
final class Captures {
    private static final String FOLDER = "/socketlab/grader/hidden/packetdetail/";

    private Captures() {
    }

    /** The capture's bytes, by its file name. */
    static byte[] bytes(String file) {
        return read(FOLDER + "captures/" + file);
    }

    /** What the reference prints for the capture {@code name} (its file name without ".pcap"; ".payload" with --payload). */
    static List<String> expected(String name) {
        return new String(read(FOLDER + "expected/" + name + ".lines"), StandardCharsets.UTF_8).lines().toList();
    }

    /** Whether the capture was written little-endian (its magic number's bytes reversed). */
    static boolean littleEndian(byte[] capture) {
        return capture.length >= 4 && (capture[0] & 0xff) != 0xa1;
    }

    /** Record {@code number}'s bytes (1 for the first) in hex, 16 to a line, at most 64: for a failure's reason. */
    static Optional<String> recordBytes(byte[] capture, int number) {
        if (capture.length < 24) {
            return Optional.empty();
        }
        ByteBuffer file = ByteBuffer.wrap(capture);
        int magic = file.order(ByteOrder.BIG_ENDIAN).getInt(0);
        file.order(magic == 0xa1b2c3d4 || magic == 0xa1b23c4d ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int at = 24;
        for (int record = 1; at + 16 <= capture.length; record++) {
            int captured = file.getInt(at + 8);
            if (record == number) {
                int shown = Math.max(0, Math.min(Math.min(captured, 64), capture.length - at - 16));
                StringBuilder hex = new StringBuilder();
                for (int i = 0; i < shown; i++) {
                    hex.append(i % 16 == 0 ? (i == 0 ? "" : " / ") : " ").append(String.format("%02x", capture[at + 16 + i]));
                }
                return Optional.of(hex + (captured > shown ? " …" : ""));
            }
            at += 16 + Math.max(0, captured);
        }
        return Optional.empty();
    }

    private static byte[] read(String resource) {
        try (InputStream in = Captures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the grader has no " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
