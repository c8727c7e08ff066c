package socketlab.grader.platforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import socketlab.grader.TestRepository;

/**
 * Test fixture: a temporary root file system laid out as a grading platform's (Gradescope's {@code /autograder},
 * PrairieLearn's {@code /grade}), entered with chroot in a mount namespace of its own that borrows the machine's system
 * folders, so the platform's scripts run with their own absolute paths and nothing outside changes. Needs root and
 * {@code unshare}; without them a test says "skipped" and why, and -Pstrict ({@code socketlab.deploy.required}) fails.
 */
final class TemporaryRoot {
    static final Path REPOSITORY = TestRepository.root();
    /** The machine's folders the root borrows, read as they are, so that bash, java and runuser run in it. */
    private static final List<String> SYSTEM = List.of("usr", "lib", "lib64", "bin", "sbin", "etc", "dev", "proc", "sys", "tmp");

    private final Path root;

    private TemporaryRoot(Path root) {
        this.root = root;
    }

    /** A root in {@code folder}, which anyone may enter, as a machine's root. */
    static TemporaryRoot in(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String system : SYSTEM) {
            Files.createDirectories(folder.resolve(system));
        }
        return new TemporaryRoot(folder);
    }

    /** Skips (or under -Pstrict fails) the test unless this machine can make such a root, or {@code also} is missing. */
    static void require(String also) throws InterruptedException {
        String missing = !"root".equals(System.getProperty("user.name")) ? "not root"
                : run(List.of("unshare", "--mount", "--fork", "true"), Map.of(), 30).code() != 0 ? "unshare --mount refused here" : also;
        if (missing.isEmpty()) {
            return;
        }
        if (Boolean.getBoolean("socketlab.deploy.required")) {
            fail(missing + ", and this build requires the platforms' proofs (-Pstrict); .ci/run sets them up");
        }
        String skipped = "skipped: " + missing;
        System.out.println(skipped);
        Assumptions.abort(skipped);
    }

    /** A path inside the root, such as {@code autograder/results}. */
    Path resolve(String inside) {
        return root.resolve(inside);
    }

    /** Unpacks an archive of the build ({@code unzip} keeps the files' modes, as the platforms' unpackers do). */
    void unpack(Path archive, String into) throws IOException, InterruptedException {
        Path target = Files.createDirectories(root.resolve(into));
        List<String> command = archive.toString().endsWith(".tar") ? List.of("tar", "xf", archive.toString(), "-C", target.toString())
                : List.of("unzip", "-q", archive.toString(), "-d", target.toString());
        Run unpacked = run(command, Map.of(), 120);
        assertThat(unpacked.code()).as("%s: %s", command, unpacked.output()).isZero();
    }

    /** Runs a command chrooted into the root, with these environment variables. */
    Run run(List<String> command, Map<String, String> environment) throws InterruptedException {
        StringBuilder script = new StringBuilder("set -e; ");
        for (String folder : SYSTEM) {
            if (Files.exists(Path.of("/" + folder))) {
                script.append("mount --rbind /").append(folder).append(" '").append(root.resolve(folder)).append("'; ");
            }
        }
        script.append("exec chroot '").append(root).append("' \"$@\"");
        List<String> all = new ArrayList<>(List.of("unshare", "--mount", "--fork", "--", "/bin/sh", "-c", script.toString(), "sh"));
        all.addAll(command);
        return run(all, environment, 660);
    }

    /** The solution of {@code exercise}, copied into {@code submission} under its module's name. */
    static void copySolution(String exercise, Path submission) throws IOException {
        Path sources = REPOSITORY.resolve("solutions").resolve(exercise).resolve("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path copy = submission.resolve(exercise).resolve(sources.relativize(source).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(source, copy);
            }
        }
    }

    /** Runs a command on this machine, its output and errors together, within {@code seconds}. */
    static Run run(List<String> command, Map<String, String> environment, long seconds) throws InterruptedException {
        return run(command, environment, seconds, null);
    }

    /** As {@link #run(List, Map, long)}, in {@code folder}. */
    static Run run(List<String> command, Map<String, String> environment, long seconds, Path folder) throws InterruptedException {
        try {
            Path output = Files.createTempFile("socketlab-platform", ".txt");
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
                if (folder != null) {
                    builder.directory(folder.toFile());
                }
                builder.environment().putAll(environment);
                Process process = builder.start();
                process.getOutputStream().close();
                if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(command + " did not end within " + seconds + " s");
                }
                return new Run(process.exitValue(), Files.readString(output));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException cannotStart) {
            return new Run(-1, String.valueOf(cannotStart.getMessage()));
        }
    }

    /** What a command did: its exit code and what it printed. */
    record Run(int code, String output) {
    }
}
