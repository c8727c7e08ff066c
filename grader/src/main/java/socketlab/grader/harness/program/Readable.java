package socketlab.grader.harness.program;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/** Folders and files anyone may read, for a container whose user is not this one. */
final class Readable {

    private Readable() {
    }

    /** Makes the folder readable and enterable by anyone; returns it. */
    static Path folder(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        return folder;
    }

    /** Makes everything under the folder readable by anyone. */
    static void everything(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }

    /** A copy of {@code folder} that anyone may read, in a new temporary folder. */
    static Path copy(Path folder) throws IOException {
        Path copy = folder(Files.createTempDirectory("socketlab-host"));
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path source : walk.toList()) {
                Path target = copy.resolve(folder.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        everything(copy);
        return copy;
    }
}
