package socketlab.grader.batch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import socketlab.grader.course.Problem;
import socketlab.grader.launch.Folders;
import socketlab.grader.result.Student;
import socketlab.grader.similarity.SimilarityCsv;

/**
 * Joins the results of a class graded in shards, each shard's {@code --out} folder, into one: every graded student's
 * folder is copied as it is (times kept, so the gradebook's "Last modified" is the shard's), whole or not at all, and a
 * student graded in two shards is refused rather than picked, as the two may differ. The class's {@code similarity.csv}
 * and {@code similarity.json}, which shard 0 writes for the whole class (pairs across shards too), come along; the
 * shards' interop meetings are joined by {@link ClassInterop}.
 */
public final class ShardMerge {

    private ShardMerge() {
    }

    /** Copies every shard's graded students into {@code into}; returns them, by id. */
    public static List<Student> merge(List<Path> shards, ClassResults into) throws IOException {
        Map<String, Path> from = new LinkedHashMap<>();
        Map<Student, Path> students = new LinkedHashMap<>();
        for (Path shard : shards) {
            if (!Files.isDirectory(shard.resolve("students"))) {
                throw new Problem("merge.noResults", shard);
            }
            for (Student student : new ClassResults(shard).graded()) {
                Path before = from.putIfAbsent(student.id(), shard);
                if (before != null) {
                    throw new Problem("merge.twice", student.id(), before, shard);
                }
                students.put(student, new ClassResults(shard).folderOf(student));
            }
        }
        for (Map.Entry<Student, Path> student : students.entrySet()) {
            Path target = into.folderOf(student.getKey());
            if (!Files.isSameFile(Files.createDirectories(target.getParent()), student.getValue().getParent())) {
                Path partial = target.resolveSibling("." + target.getFileName() + ".merging");
                Folders.deleteQuietly(partial);
                copy(student.getValue(), partial);
                Folders.deleteQuietly(target);
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
        for (Path shard : shards) {
            for (String file : List.of(SimilarityCsv.FILE, ClassResults.SIMILARITY)) {
                Path similarity = shard.resolve(file);
                if (Files.isRegularFile(similarity) && !Files.isSameFile(shard, into.folder())) {
                    Files.copy(similarity, into.folder().resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return students.keySet().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
