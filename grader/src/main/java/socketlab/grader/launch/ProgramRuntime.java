package socketlab.grader.launch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.spi.ToolProvider;

/**
 * The Java runtime the programs under test run on: the grader's own JDK cut down to {@code java.base}, the one
 * module the exercise programs may use (the compiler is limited to it as well), with its class-data archive.
 * A JVM of it starts with about a seventh less CPU time than the full JDK's (grader/bench/startup.sh). It is
 * made once with jlink, in the system's temporary folder under a name that holds the JDK's version, and reused
 * by every later grading; where jlink is missing or fails, the programs run on the full JDK, as fast as before.
 */
public final class ProgramRuntime {
    /** The modules the exercise programs may use. */
    public static final String MODULES = "java.base";

    /**
     * JVM options that make a program under test start fast and stay small: a program runs for well under a
     * second and does little work, so the interpreter alone (no JIT compiler threads: a fifth less CPU), one small
     * serial heap and no verification of its (javac-made) bytecode (grader/bench/startup.sh). What they print is
     * read as UTF-8 whatever the machine's locale. They name no file, so they serve a program in a container too.
     */
    public static final List<String> JVM_OPTIONS = List.of("-Xint", "-XX:+UseSerialGC", "-Xmx128m", "-XX:-UsePerfData", "-Xshare:auto",
            "-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote",
            "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8");

    /**
     * javac options for every program the grader compiles to run: string concatenation compiled to a plain
     * {@code StringBuilder} chain, not to {@code invokedynamic}, whose bootstrap spins dozens of method-handle
     * classes at each JVM's first concatenation, a third of a short program's CPU on the interpreter (DetailPaket on a
     * capture: 0.196 s to 0.123 s, a bare JVM 0.08 s). What the program does is the same.
     */
    public static final List<String> COMPILER_OPTIONS = List.of("-XDstringConcat=inline");

    private ProgramRuntime() {
    }

    /** The {@code java} command the programs start with. */
    public static Path java() {
        return Holder.JAVA;
    }

    /** The grader's own JDK's {@code java}, with every module. */
    public static Path fullJdkJava() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static final class Holder {
        static final Path JAVA = jlinked().orElse(fullJdkJava());
    }

    private static Optional<Path> jlinked() {
        Path runtime = Path.of(System.getProperty("java.io.tmpdir"), "socket-lab-runtime-" + Runtime.version()
                + "-" + System.getProperty("java.vm.vendor", "").replaceAll("\\W", ""));
        Path java = runtime.resolve("bin").resolve("java");
        if (Files.isExecutable(java)) {
            return Optional.of(java);
        }
        Optional<ToolProvider> jlink = ToolProvider.findFirst("jlink");
        if (jlink.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path building = Files.createTempDirectory(runtime.getParent(), runtime.getFileName() + ".building-");
            Path image = building.resolve("image");
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(said, true, StandardCharsets.UTF_8);
            int code = jlink.get().run(out, out, "--add-modules", MODULES, "--output", image.toString(), "--strip-debug",
                    "--no-header-files", "--no-man-pages", "--generate-cds-archive");
            if (code != 0 || !Files.isExecutable(image.resolve("bin/java"))) {
                System.err.println("socket-lab: the programs run on the full JDK; jlink said: " + said.toString(StandardCharsets.UTF_8).strip());
                return Optional.empty();
            }
            try {
                Files.move(image, runtime, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | DirectoryNotEmptyException raced) {
                // another grader made it at the same time: theirs is as good
            }
            Folders.deleteQuietly(building);
            return Files.isExecutable(java) ? Optional.of(java) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            System.err.println("socket-lab: the programs run on the full JDK; the cut-down runtime could not be made: " + e);
            return Optional.empty();
        }
    }

}
