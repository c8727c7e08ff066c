package socketlab.grader.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import socketlab.grader.course.Problem;

/**
 * Unpacks a handed-in zip into a folder, refusing entries that would land outside it and stopping at
 * fixed limits, so that a broken or hostile archive cannot fill the disk.
 */
public final class Unzip {
    static final long MAX_BYTES = 64L << 20;
    static final int MAX_ENTRIES = 20_000;

    private Unzip() {
    }

    /** Whether the path is a file named as a zip. */
    public static boolean isZip(Path entry) {
        return Files.isRegularFile(entry) && entry.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    /**
     * A folder of zips and no Java source, as Moodle hands a submission over, unpacked into {@code into} (each zip in a
     * folder of its own): graded as the zips' contents; any other work (a folder of sources, a zip) as it is.
     */
    public static Path zipsIn(Path work, Path into) throws IOException {
        if (!Files.isDirectory(work)) {
            return work;
        }
        List<Path> zips;
        boolean hasJava;
        try (Stream<Path> walk = Files.walk(work)) {
            List<Path> files = walk.filter(Files::isRegularFile).toList();
            hasJava = files.stream().anyMatch(file -> file.toString().endsWith(".java"));
            zips = files.stream().filter(Unzip::isZip).toList();
        }
        if (hasJava || zips.isEmpty()) {
            return work;
        }
        int n = 0;
        for (Path zip : zips) {
            into(zip, into.resolve(++n + "-" + zip.getFileName().toString().replace(".zip", "")));
        }
        return into;
    }

    /** A student's work as a folder: a folder as it is, a Moodle folder of zips or a zip unpacked into {@code into}. */
    public static Path asFolder(Path work, Path into) throws IOException {
        Path folder = zipsIn(work, into);
        return Files.isDirectory(folder) ? folder : into(folder, into);
    }

    /** Unpacks the zip into the folder (created if needed) and returns the folder. */
    public static Path into(Path zip, Path folder) throws IOException {
        requireIntact(zip);
        Files.createDirectories(folder);
        Path root = folder.toRealPath();
        long bytes = 0;
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (++entries > MAX_ENTRIES) {
                    throw new Problem("zip.tooManyEntries", zip.getFileName(), MAX_ENTRIES);
                }
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new Problem("zip.outside", zip.getFileName(), entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                bytes += copy(in, target, MAX_BYTES - bytes);
            }
        } catch (IllegalArgumentException malformed) {
            throw new Problem("zip.unreadable", zip.getFileName(), malformed.getMessage());
        } catch (ZipException damaged) {
            throw new Problem("zip.damaged", zip.getFileName(), damaged.getMessage());
        }
        return folder;
    }

    /** Refuses a damaged zip: one whose directory at its end cannot be read (cut short, or garbage after its first bytes). */
    public static void requireIntact(Path zip) throws IOException {
        try (ZipFile whole = new ZipFile(zip.toFile())) {
            whole.size();
        } catch (ZipException damaged) {
            throw new Problem("zip.damaged", zip.getFileName(), damaged.getMessage());
        }
    }

    private static long copy(InputStream in, Path target, long allowed) throws IOException {
        long written = 0;
        byte[] buffer = new byte[8192];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                written += n;
                if (written > allowed) {
                    throw new Problem("zip.tooBig", MAX_BYTES >> 20);
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }
}
