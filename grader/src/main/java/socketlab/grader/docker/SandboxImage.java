package socketlab.grader.docker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.images.builder.ImageFromDockerfile;
import socketlab.grader.course.Problem;
import socketlab.grader.launch.ProgramRuntime;

/**
 * The sandbox's image, built here from the JDK the grader runs on, with no registry: a root file system
 * holding a jlinked runtime for the grader (with the compiler), one for the programs ({@code java.base}, as in
 * process mode), the few tools the grader runs ({@code setsid}, {@code kill}, {@code setpriv}, {@code prlimit}),
 * their shared libraries and a minimal {@code /etc}; packed as a tar and built {@code FROM scratch}. Its tag is
 * a hash of its contents, so an image built once is reused until the JDK or the tools change.
 */
public final class SandboxImage {
    /** The image's repository name; the tag is the hash. */
    public static final String NAME = "socketlab-sandbox";
    /** The grader's runtime inside the image. */
    public static final String GRADER_JAVA = "/opt/grader-jdk/bin/java";
    /** The programs' runtime inside the image. */
    public static final String PROGRAM_JAVA = "/opt/program-jdk/bin/java";
    /** The student's user in the image's /etc/passwd; each sandbox runs its programs as a user of its own, from {@link #FIRST_UID}. */
    public static final int STUDENT_UID = 1001;
    /** The first of the users the sandboxes' programs run as, one per container, far above any machine's own users. */
    public static final int FIRST_UID = 2_000_000;

    private static final String GRADER_MODULES = "java.base,java.compiler,jdk.compiler,java.sql,java.logging,java.management,"
            + "jdk.unsupported,jdk.jfr,java.naming,jdk.zipfs,jdk.net";
    /**
     * tcpdump, where this machine has it: a container of the image that holds {@code NET_RAW} captures with it (the
     * programs' containers never hold it, so for them it is a file that cannot open a capture).
     */
    public static final String TCPDUMP = "/usr/bin/tcpdump";
    /** The user tcpdump gives up root for, once it has opened its capture. */
    public static final int TCPDUMP_UID = 1002;

    private static final List<String> TOOLS = List.of("/usr/bin/setsid", "/bin/kill", "/usr/bin/setpriv", "/usr/bin/prlimit",
            "/usr/bin/choom");
    /** Changes whenever the image's recipe (this class) changes what goes into the image. */
    private static final String RECIPE = "socket-lab sandbox image 6";
    private static final Pattern LIBRARY = Pattern.compile("(/[^\\s]+\\.so[^\\s]*)");

    private SandboxImage() {
    }

    /**
     * The image's name, built now in {@code work} unless the engine has it. The tag is a hash of what makes the
     * image: this recipe, the JDK (its version, vendor and home) and the tools' bytes; a jlinked runtime's own
     * bytes differ from one run to the next, so they are not hashed.
     */
    public static synchronized String ensure(Path work) throws IOException {
        String name = NAME + ":" + recipeHash();
        boolean exists = !DockerClientFactory.instance().client().listImagesCmd().withImageNameFilter(name).exec().isEmpty();
        if (!exists) {
            Path root = Files.createDirectories(work.resolve("rootfs"));
            fill(root);
            Path tar = work.resolve("rootfs.tar");
            pack(root, tar);
            new ImageFromDockerfile(name, false)
                    .withDockerfileFromBuilder(file -> file.from("scratch").add("rootfs.tar", "/").build())
                    .withFileFromPath("rootfs.tar", tar)
                    .get();
        }
        return name;
    }

    /** The first 16 hex digits of the SHA-256 of what makes the image. */
    static String recipeHash() throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(String.join("\n", RECIPE, GRADER_MODULES, ProgramRuntime.MODULES, Runtime.version().toString(),
                    System.getProperty("java.vm.vendor"), System.getProperty("java.home"), String.valueOf(STUDENT_UID))
                    .getBytes(StandardCharsets.UTF_8));
            for (String tool : tools()) {
                sha.update(Files.readAllBytes(Path.of(tool)));
            }
            sha.update(Files.readAllBytes(Path.of("/etc/services")));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the image's file system into {@code root}. */
    static void fill(Path root) throws IOException {
        jlink(root.resolve("opt/grader-jdk"), GRADER_MODULES);
        jlink(root.resolve("opt/program-jdk"), ProgramRuntime.MODULES);
        for (String tool : tools()) {
            copy(Path.of(tool), root.resolve(tool.substring(1)));
        }
        Set<String> libraries = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(SandboxImage::isElf).toList()) {
                libraries.addAll(librariesOf(file));
            }
        }
        for (String library : libraries) {
            if (!library.startsWith(root.toString())) {
                copy(Path.of(library), root.resolve(library.substring(1)));
            }
        }
        Path etc = Files.createDirectories(root.resolve("etc"));
        Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/:/bin/false\nstudent:x:" + STUDENT_UID + ":" + STUDENT_UID
                + ":student:/scratch:/bin/false\ntcpdump:x:" + TCPDUMP_UID + ":" + TCPDUMP_UID + ":tcpdump:/:/bin/false\n");
        Files.writeString(etc.resolve("group"), "root:x:0:\nstudent:x:" + STUDENT_UID + ":\ntcpdump:x:" + TCPDUMP_UID + ":\n");
        Files.writeString(etc.resolve("nsswitch.conf"), "passwd: files\ngroup: files\nhosts: files dns\nservices: files\n");
        copy(Path.of("/etc/services"), etc.resolve("services"));
        for (String folder : List.of("tmp", "work", "scratch", "secret")) {
            Files.createDirectories(root.resolve(folder));
        }
        Files.setPosixFilePermissions(root.resolve("secret"), Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_EXECUTE));
    }

    /** Whether the image holds tcpdump: whether this machine, which the image is built from, has it. */
    public static boolean capturing() {
        return Files.isExecutable(Path.of(TCPDUMP));
    }

    private static List<String> tools() {
        return capturing() ? Stream.concat(TOOLS.stream(), Stream.of(TCPDUMP)).toList() : TOOLS;
    }

    private static void jlink(Path output, String modules) throws IOException {
        if (Files.isDirectory(output)) {
            return;
        }
        ToolProvider jlink = ToolProvider.findFirst("jlink").orElseThrow(() -> new Problem("sandbox.noJlink"));
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(said, true, StandardCharsets.UTF_8);
        int code = jlink.run(out, out, "--add-modules", modules, "--output", output.toString(), "--strip-debug", "--no-header-files",
                "--no-man-pages", "--generate-cds-archive");
        if (code != 0) {
            throw new Problem("sandbox.jlinkFailed", said.toString(StandardCharsets.UTF_8).strip());
        }
    }

    private static boolean isElf(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
        } catch (IOException e) {
            return false;
        }
    }

    /** The shared libraries {@code ldd} lists for a file, the dynamic loader included. */
    private static Set<String> librariesOf(Path file) throws IOException {
        Process ldd = new ProcessBuilder("ldd", file.toString()).redirectErrorStream(true).start();
        String listed = new String(ldd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Set<String> libraries = new TreeSet<>();
        Matcher library = LIBRARY.matcher(listed);
        while (library.find()) {
            libraries.add(library.group(1));
        }
        return libraries;
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Tars the tree, symlinks and modes kept. */
    static void pack(Path root, Path tar) throws IOException {
        TreeMap<String, Path> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(path -> !path.equals(root)).forEach(path -> entries.put(root.relativize(path).toString(), path));
        }
        try (OutputStream file = Files.newOutputStream(tar); TarArchiveOutputStream out = new TarArchiveOutputStream(file)) {
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (var entry : entries.entrySet()) {
                Path path = entry.getValue();
                TarArchiveEntry tarEntry;
                if (Files.isSymbolicLink(path)) {
                    tarEntry = new TarArchiveEntry(entry.getKey(), TarArchiveEntry.LF_SYMLINK);
                    tarEntry.setLinkName(Files.readSymbolicLink(path).toString());
                } else {
                    tarEntry = new TarArchiveEntry(path.toFile(), entry.getKey());
                }
                tarEntry.setModTime(0);
                tarEntry.setMode(mode(path, tarEntry, entry.getKey()));
                out.putArchiveEntry(tarEntry);
                if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.copy(path, out);
                }
                out.closeArchiveEntry();
            }
        }
    }

    private static int mode(Path path, TarArchiveEntry entry, String name) throws IOException {
        if (Files.isSymbolicLink(path)) {
            return entry.getMode();
        }
        int bits = 0;
        for (PosixFilePermission permission : Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS)) {
            bits |= 1 << (8 - permission.ordinal());
        }
        int type = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? 040000 : 0100000;
        // a tmpfs over these folders takes their mode: the programs' scratch folder and /tmp are everyone's
        return type | (List.of("tmp", "scratch").contains(name) ? 01777 : bits);
    }
}
