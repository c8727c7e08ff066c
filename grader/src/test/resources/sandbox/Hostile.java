package socketlab.server;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a hostile submission does before it serves, one behaviour per call; the container sandbox's proof drops
 * this file beside a correct ServerKu.java and calls one of these from serve.
 */
final class Hostile {
    /**
     * Markers only the grader, the hidden tests, the solutions or another student's work hold, made at run time so
     * that this class's own bytes do not hold them.
     */
    private static final List<String> SECRETS = List.of(String.join(" ", "BEGIN", "SOLUTION"), "ServerKu".concat("Test"),
            String.join("-", "SECRET", "OF", "ANOTHER", "STUDENT"));

    private Hostile() {
    }

    /** Child JVMs that sleep, then threads that sleep, until the system refuses more. */
    static void forkBomb() throws java.io.IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            for (int i = 0; i < 10_000; i++) {
                new ProcessBuilder(java, "-Xint", "-cp", System.getProperty("java.class.path"), "socketlab.server.Hostile").start();
            }
        } catch (java.io.IOException refused) {
            System.err.println("fork refused: " + refused.getMessage());
        }
        for (;;) {
            Thread sleeper = new Thread(Hostile::sleepLong);
            sleeper.setDaemon(true);
            sleeper.start();
        }
    }

    /** Keeps every array it makes until the heap is full. */
    static void memoryHog() {
        List<long[]> hog = new ArrayList<>();
        for (;;) {
            hog.add(new long[1 << 20]);
        }
    }

    /** Writes into its working folder until the disk is full. */
    static void diskFiller() throws java.io.IOException {
        byte[] megabyte = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(Path.of("fill-" + ProcessHandle.current().pid() + ".bin"))) {
            for (;;) {
                out.write(megabyte);
            }
        }
    }

    /** Tries to write outside its folder, its own results file among them; ends with 99 if any write works. */
    static void writesOutside() {
        for (String target : List.of("/secret/out/results.json", "/secret/out/scorecard.json", "/secret/escaped.txt", "/work/escaped.txt",
                "/etc/escaped.txt", "/escaped.txt", "/opt/program-jdk/escaped.txt")) {
            try {
                Files.writeString(Path.of(target), "{\"score\": 999}");
                System.err.println("wrote " + target);
                System.exit(99);
            } catch (Exception refused) {
                // as it should be
            }
        }
    }

    /** Reads every file it can and prints each line that holds a marker of what it must not see, then crashes. */
    static void readsSecrets() throws java.io.IOException {
        int[] files = {0};
        List<String> found = new ArrayList<>();
        Files.walkFileTree(Path.of("/"), new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes attributes) {
                // the kernel's views, and the image's runtimes and libraries (the same in every sandbox), are skipped to be quick
                return List.of("/proc", "/sys", "/opt", "/lib", "/lib64", "/usr/lib").stream().anyMatch(skip -> dir.startsWith(skip))
                        ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
                try {
                    if (attributes.isRegularFile() && attributes.size() < 4_000_000) {
                        String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                        files[0]++;
                        SECRETS.stream().filter(text::contains).forEach(secret -> found.add(file + ": " + secret));
                    }
                } catch (Exception unreadable) {
                    // not for this user
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, java.io.IOException refused) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        found.forEach(System.err::println);
        System.err.println("searched " + files[0] + " files, found " + found.size());
        System.exit(1);
    }

    /** A child of the fork bomb: sleeps. */
    public static void main(String[] args) {
        sleepLong();
    }

    private static void sleepLong() {
        try {
            Thread.sleep(600_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
