package socketlab.grader.batch;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import socketlab.grader.interop.InteropPlan;
import socketlab.grader.interop.InteropRun;
import socketlab.grader.interop.Meeting;
import socketlab.grader.launch.Folders;
import socketlab.grader.report.ReportFiles;
import socketlab.grader.result.Student;
import socketlab.grader.submission.Unzip;

/**
 * A class's interop matrix ({@code grader class --interop k}): the meetings a shard owns are run and saved as
 * {@code interop.json}, whole, transcripts too. A meeting belongs to the shard that holds its client's student, or its
 * server's where the client is the course's own; so every meeting, across shards too, is run exactly once, and
 * {@code grader merge} joins the shards' lists.
 */
public final class ClassInterop {
    /** Every meeting run, as saved in a results folder. */
    public static final String MEETINGS = "interop.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClassInterop() {
    }

    /**
     * Runs the meetings of {@code wholeClass}'s matrix that {@code shard} owns, {@code atOnce} servers at once, and
     * saves them in {@code results}; returns them. Each student's work is unpacked into a scratch folder, deleted after.
     */
    public static List<Meeting> meet(ClassResults results, List<Student> wholeClass, Shard shard, Path kitExercises, Path repository,
            int k, int atOnce) throws IOException, InterruptedException {
        Map<String, Student> byId = byId(wholeClass);
        List<InteropPlan.Planned> plan = owned(wholeClass, shard, k);
        Set<String> needed = plan.stream().flatMap(planned -> Stream.of(planned.client(), planned.server()))
                .filter(byId::containsKey).collect(Collectors.toSet());
        Path scratch = Files.createTempDirectory(Files.createDirectories(results.folder().resolve("work")), "interop");
        try {
            Map<String, Path> folders = new LinkedHashMap<>();
            for (String id : needed) {
                try {
                    folders.put(id, Unzip.asFolder(byId.get(id).work(), scratch.resolve("unzipped").resolve(String.valueOf(folders.size()))));
                } catch (IOException | RuntimeException unreadable) {
                    // its grading says why; its meetings are "not run"
                }
            }
            List<Meeting> meetings = new InteropRun(repository, kitExercises, scratch, folders, atOnce).run(plan);
            save(results, meetings);
            return meetings;
        } finally {
            Folders.deleteQuietly(scratch);
        }
    }

    /** The meetings saved in a results folder; none if it has no matrix. */
    public static List<Meeting> read(Path folder) throws IOException {
        Path saved = folder.resolve(MEETINGS);
        return Files.isRegularFile(saved) ? JSON.readValue(saved.toFile(), new TypeReference<List<Meeting>>() { }) : List.of();
    }

    /** The meetings of several shards' results, in the shards' order. */
    public static List<Meeting> readAll(List<Path> folders) throws IOException {
        List<Meeting> all = new ArrayList<>();
        for (Path folder : folders) {
            all.addAll(read(folder));
        }
        return all;
    }

    /** Saves meetings: a shard's own, or those joined from shards. */
    public static void save(ClassResults results, List<Meeting> meetings) throws IOException {
        ReportFiles.atomically(results.folder().resolve(MEETINGS), JSON.writeValueAsString(meetings));
    }

    /**
     * The meetings of the whole class's matrix that {@code shard} runs: those whose client is one of its students, and those
     * of the course's client with one of its students' servers. Over the shards of a class they are every meeting, once.
     */
    static List<InteropPlan.Planned> owned(List<Student> wholeClass, Shard shard, int k) {
        Map<String, Student> byId = byId(wholeClass);
        Predicate<InteropPlan.Planned> owned = planned -> shard.holds(byId.get(owner(planned)));
        return InteropPlan.of(byId.keySet(), k).stream().filter(owned).toList();
    }

    private static Map<String, Student> byId(List<Student> students) {
        Map<String, Student> byId = new LinkedHashMap<>();
        students.forEach(student -> byId.put(student.id(), student));
        return byId;
    }

    /** The student whose shard runs the meeting. */
    static String owner(InteropPlan.Planned planned) {
        return planned.client().equals(Meeting.REFERENCE) ? planned.server() : planned.client();
    }
}
