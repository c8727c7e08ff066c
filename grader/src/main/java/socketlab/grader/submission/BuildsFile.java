package socketlab.grader.submission;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import socketlab.grader.course.Exercise;

/**
 * A submission's builds as one file, {@code builds.zip}: what became of each exercise (compiled, with its main class; not
 * compiled, with the compiler's first message; missing) and the compiled classes. The grader in a sandbox hands it out
 * beside the scorecard, so that the tests on other hosts run the classes the sandbox compiled, never compiling the
 * submission a second time. One file, so that whoever runs the grader outside can delete it, whoever wrote it inside.
 */
public final class BuildsFile {
    /** The file's name in a sandbox's result folder. */
    public static final String NAME = "builds.zip";
    private static final String INDEX = "builds.properties";
    private static final String CLASSES = "classes/";

    private BuildsFile() {
    }

    /** Writes the builds, and the classes of those compiled, into {@code folder}/{@value #NAME}. */
    public static void write(Map<Exercise, Build> builds, Path folder) throws IOException {
        Properties index = new Properties();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(folder.resolve(NAME)))) {
            for (Build build : builds.values()) {
                String key = build.exercise().name();
                if (build instanceof Build.Compiled compiled) {
                    index.setProperty(key, "compiled");
                    index.setProperty(key + ".main", compiled.mainClass());
                    addTree(zip, compiled.classes(), CLASSES + build.exercise().module() + "/");
                } else if (build instanceof Build.NotCompiled notCompiled) {
                    index.setProperty(key, "not-compiled");
                    index.setProperty(key + ".error", notCompiled.firstError());
                } else {
                    index.setProperty(key, "missing");
                }
            }
            zip.putNextEntry(new ZipEntry(INDEX));
            index.store(zip, null); // flushes, and leaves the zip open
            zip.closeEntry();
        }
    }

    /** Reads the builds in {@code folder}/{@value #NAME}, their classes unpacked into {@code into}. */
    public static Map<Exercise, Build> read(Path folder, Path into) throws IOException {
        Path unpacked = Unzip.into(folder.resolve(NAME), into);
        Properties index = new Properties();
        try (Reader reader = Files.newBufferedReader(unpacked.resolve(INDEX), StandardCharsets.ISO_8859_1)) {
            index.load(reader);
        }
        Map<Exercise, Build> builds = new EnumMap<>(Exercise.class);
        for (Exercise exercise : Exercise.values()) {
            String key = exercise.name();
            builds.put(exercise, switch (index.getProperty(key, "missing")) {
                case "compiled" -> new Build.Compiled(exercise, unpacked.resolve(CLASSES + exercise.module()), index.getProperty(key + ".main"));
                case "not-compiled" -> new Build.NotCompiled(exercise, index.getProperty(key + ".error", ""));
                default -> new Build.Missing(exercise);
            });
        }
        return builds;
    }

    private static void addTree(ZipOutputStream zip, Path root, String prefix) throws IOException {
        zip.putNextEntry(new ZipEntry(prefix));
        zip.closeEntry();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(path -> !path.equals(root)).sorted().toList();
        }
        for (Path file : files) {
            String name = prefix + root.relativize(file).toString().replace('\\', '/') + (Files.isDirectory(file) ? "/" : "");
            zip.putNextEntry(new ZipEntry(name));
            if (Files.isRegularFile(file)) {
                Files.copy(file, zip);
            }
            zip.closeEntry();
        }
    }
}
