package socketlab.grader.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import socketlab.grader.TestRepository;
import socketlab.grader.course.Exercise;

/** Test fixture: students' submissions made of the solutions' files, as a folder or a zip, whole or broken. */
final class ClassSubmissions {
    static final Path REPOSITORY = TestRepository.root();

    private ClassSubmissions() {
    }

    /** A folder submission holding the solutions of these exercises. */
    static void copySolutions(Path target, List<Exercise> exercises) throws IOException {
        for (Exercise exercise : exercises) {
            Path sources = REPOSITORY.resolve("solutions").resolve(exercise.module()).resolve("src/main/java");
            try (Stream<Path> files = Files.walk(sources)) {
                for (Path source : files.filter(Files::isRegularFile).toList()) {
                    Path copy = target.resolve(exercise.module()).resolve(sources.relativize(source).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(source, copy);
                }
            }
        }
    }

    /** A zip submission of these exercises' solutions, under {@code tugas/}; {@code broken}: each program does not compile. */
    static void zip(Path zip, List<Exercise> exercises, boolean broken) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Exercise exercise : exercises) {
                Path sources = REPOSITORY.resolve("solutions").resolve(exercise.module()).resolve("src/main/java");
                try (Stream<Path> files = Files.walk(sources)) {
                    for (Path source : files.filter(Files::isRegularFile).toList()) {
                        String text = Files.readString(source);
                        if (broken && source.getFileName().toString().equals(exercise.program() + ".java")) {
                            text = text + "\nthis line is not Java\n";
                        }
                        out.putNextEntry(new ZipEntry("tugas/" + exercise.module() + "/" + source.getFileName()));
                        out.write(text.getBytes(StandardCharsets.UTF_8));
                        out.closeEntry();
                    }
                }
            }
        }
    }
}
