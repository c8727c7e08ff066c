package socketlab.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import socketlab.grader.result.Student;
import socketlab.grader.submission.Unzip;

/**
 * Reads a folder of a whole class's submissions in the layouts instructors get: Moodle's "download all
 * submissions" ({@code Full Name_12345_assignsubmission_file_/…}), GitHub Classroom repositories
 * ({@code <assignment>-<username>/}), or plain folders or zips, one per student.
 */
public final class ClassFolder {
    private static final Pattern MOODLE = Pattern.compile("(.+?)_(\\d+)_assignsubmission_[a-z]+_?");

    private ClassFolder() {
    }

    /** The students in the folder, sorted by id. */
    public static List<Student> read(Path folder) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.filter(entry -> !entry.getFileName().toString().startsWith("."))
                    .filter(entry -> Files.isDirectory(entry) || Unzip.isZip(entry)).sorted().toList();
        }
        List<Student> students = new ArrayList<>();
        String classroomPrefix = classroomPrefix(entries);
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            Matcher moodle = MOODLE.matcher(name);
            if (moodle.matches()) {
                students.add(new Student(moodle.group(2), moodle.group(1), "", entry));
            } else if (!classroomPrefix.isEmpty() && name.startsWith(classroomPrefix)) {
                students.add(new Student(name.substring(classroomPrefix.length()), "", "", entry));
            } else {
                String id = Unzip.isZip(entry) ? name.substring(0, name.length() - 4) : name;
                students.add(new Student(id, "", "", entry));
            }
        }
        students.sort((a, b) -> a.id().compareTo(b.id()));
        return students;
    }

    /**
     * GitHub Classroom names every repository {@code <assignment>-<username>}: with two or more folders
     * that share a prefix ending in '-', that prefix is the assignment's. Otherwise "".
     */
    static String classroomPrefix(List<Path> entries) {
        List<String> names = entries.stream().filter(Files::isDirectory).map(entry -> entry.getFileName().toString())
                .filter(name -> !MOODLE.matcher(name).matches()).toList();
        if (names.size() < 2 || names.size() != entries.size()) {
            return "";
        }
        String prefix = names.get(0);
        for (String name : names) {
            int i = 0;
            while (i < prefix.length() && i < name.length() && prefix.charAt(i) == name.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        int dash = prefix.lastIndexOf('-');
        return dash <= 0 ? "" : prefix.substring(0, dash + 1);
    }
}
