package socketlab.grader.sandbox;

import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Volume;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import socketlab.grader.launch.Folders;

/**
 * The grader's own classes, loaded and verified once for a class's sandboxes: a dynamic CDS archive (JEP 350) that the
 * first sandbox's JVM writes as it exits and every later sandbox maps read-only, so each grader inside starts with the
 * classes the first one used. While one sandbox writes it, the others start as before. An archive the JVM cannot use
 * (another image, another jar) is ignored, and the classes load as usual: what a sandbox grades never depends on it.
 * It is kept under a name made of the image and the grader's files, so a class graded again reuses it.
 */
final class GraderClassArchive {
    /** Where a sandbox sees the archive's folder: under the grader's own folder, which the programs cannot enter. */
    static final String INSIDE = "/secret/cds";
    private static final String FILE = "grader.jsa";

    private final Path archive;
    private final AtomicBoolean writing = new AtomicBoolean();

    private GraderClassArchive(Path archive) {
        this.archive = archive;
    }

    /** The archive for the sandboxes of {@code image} running {@code jar}, kept in {@code folder}. */
    static GraderClassArchive in(Path folder, String image, ContainerGrader.GraderJar jar) throws IOException {
        return new GraderClassArchive(Files.createDirectories(folder).resolve("grader-" + key(image, jar) + ".jsa"));
    }

    /** How the next sandbox's JVM uses the archive: maps it, writes it into a folder of its own, or neither. */
    Use next() throws IOException {
        if (Files.isRegularFile(archive)) {
            return new Use(List.of("-XX:SharedArchiveFile=" + INSIDE + "/" + FILE, "-Xlog:cds*=off"),
                    List.of(new Bind(archive.toString(), new Volume(INSIDE + "/" + FILE), AccessMode.ro)), Optional.empty());
        }
        if (!writing.compareAndSet(false, true)) {
            return Use.NONE;
        }
        Path folder = Files.createTempDirectory(archive.getParent(), "writing-");
        return new Use(List.of("-XX:ArchiveClassesAtExit=" + INSIDE + "/" + FILE, "-Xlog:cds*=off"),
                List.of(new Bind(folder.toString(), new Volume(INSIDE), AccessMode.rw)), Optional.of(folder));
    }

    /** After the sandbox has ended: keeps the archive it wrote, if it wrote one; the next sandbox writes it otherwise. */
    void ended(Use use) throws IOException {
        if (use.writtenIn().isEmpty()) {
            return;
        }
        Path written = use.writtenIn().get().resolve(FILE);
        try {
            if (Files.isRegularFile(written)) {
                Files.move(written, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Folders.deleteQuietly(use.writtenIn().get());
            writing.set(false);
        }
    }

    /**
     * The JVM options and binds of one sandbox, and the folder it writes the archive into, if it does.
     *
     * @param options   the grader JVM's options
     * @param binds     what the sandbox mounts for them
     * @param writtenIn the folder the sandbox writes the archive into, if it does
     */
    record Use(List<String> options, List<Bind> binds, Optional<Path> writtenIn) {
        /** No archive: the grader's classes load as usual. */
        static final Use NONE = new Use(List.of(), List.of(), Optional.empty());
    }

    /** The first 16 hex digits of a SHA-256 of the image's name and every grader file's name, size and time. */
    private static String key(String image, ContainerGrader.GraderJar jar) throws IOException {
        try (Stream<Path> libraries = Files.list(jar.libraries())) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(image.getBytes(StandardCharsets.UTF_8));
            for (Path file : Stream.concat(Stream.of(jar.jar()), libraries.sorted()).toList()) {
                sha.update((file.getFileName() + " " + Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
