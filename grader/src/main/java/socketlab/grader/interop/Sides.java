package socketlab.grader.interop;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Text;
import socketlab.grader.launch.Program;
import socketlab.grader.launch.ProgramRuntime;
import socketlab.grader.submission.Build;
import socketlab.grader.submission.ExerciseCompiler;
import socketlab.grader.submission.SourceFinder;

/**
 * The programs that meet in a class's interop matrix, each compiled once: a student's exercise (from their folder, the
 * kit's stubs giving the files they lack, as in grading), the reference's (from {@code solutions/}), the seed's
 * serverku2.py under Python 3 (its addresses replaced by {@code seedrun.py}) and the course's framed client.
 */
final class Sides {
    /** The seed's server that meets ClientKu: its Python 3 port, unchanged. */
    static final String SEED_SERVER = "serverku2.py";
    /** The course's framed client, in the handouts. */
    static final String COURSE_CLIENT = "ClientPesanKu";

    private final Path repository;
    private final Path kitExercises;
    private final Path work;
    private final Map<String, Path> folders;
    private final Map<String, Side> made = new ConcurrentHashMap<>();

    /**
     * @param repository   the course's repository (its {@code solutions/} and {@code handouts/})
     * @param kitExercises the kit's stubs
     * @param work         a scratch folder for the compiled classes
     * @param folders      each student's work, unpacked, by id
     */
    Sides(Path repository, Path kitExercises, Path work, Map<String, Path> folders) {
        this.repository = repository;
        this.kitExercises = kitExercises;
        this.work = work;
        this.folders = Map.copyOf(folders);
    }

    /** A program ready to start, or why there is none: a side that cannot run makes its meetings "not run". */
    record Side(Optional<Program> program, Text whyNot) {
        static Side of(Program program) {
            return new Side(Optional.of(program), Text.same(""));
        }

        static Side none(Text why) {
            return new Side(Optional.empty(), why);
        }
    }

    /** The exercise's program as written by {@code author}: a student's id or {@link Meeting#REFERENCE}. */
    Side of(String author, Exercise exercise) {
        return made.computeIfAbsent(author + "/" + exercise.module(), key -> compile(author, exercise));
    }

    private Side compile(String author, Exercise exercise) {
        Path folder = author.equals(Meeting.REFERENCE) ? repository.resolve("solutions") : folders.get(author);
        if (folder == null) {
            return Side.none(Text.of("%s's work could not be read", "kiriman %s tidak dapat dibaca", author));
        }
        Optional<Build> build = new SourceFinder(folder, kitExercises).find(exercise)
                .map(sources -> new ExerciseCompiler().compile(sources, work.resolve(author).resolve(exercise.module())));
        if (build.isEmpty()) {
            return Side.none(Text.of("%s was not handed in", "%s tidak dikumpulkan", exercise.program()));
        }
        if (build.get() instanceof Build.Compiled compiled) {
            return Side.of(Program.java(ProgramRuntime.java(), compiled.mainClass(), List.of(compiled.classes()), ProgramRuntime.JVM_OPTIONS));
        }
        return Side.none(Text.of("%s did not compile", "%s tidak dapat dikompilasi", exercise.program()));
    }

    /** The seed's serverku2.py under Python 3, on loopback and a port the system chooses. */
    Side seedServer() {
        return made.computeIfAbsent(Meeting.SEED, key -> {
            try {
                Path runner = work.resolve("seedrun.py");
                try (InputStream script = Sides.class.getResourceAsStream("seedrun.py")) {
                    Files.createDirectories(work);
                    Files.copy(script, runner, StandardCopyOption.REPLACE_EXISTING);
                }
                Path seed = repository.resolve("handouts/seed-python3").resolve(SEED_SERVER);
                return Side.of(new Program(SEED_SERVER, List.of("python3", "-u", runner.toString(), seed.toString()),
                        Map.of("SEED_HOST", "127.0.0.1", "SEED_PORT", "0")));
            } catch (IOException e) {
                return Side.none(Text.of("the seed's server could not be prepared: %s", "server seed tidak dapat disiapkan: %s", e.getMessage()));
            }
        });
    }

    /** The course's framed client ({@code handouts/course-programs/ClientPesanKu.java}), compiled once. */
    Side courseClient() {
        return made.computeIfAbsent(COURSE_CLIENT, key -> {
            Path classes = work.resolve("course");
            Path source = repository.resolve("handouts/course-programs").resolve(COURSE_CLIENT + ".java");
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            try {
                Files.createDirectories(classes);
            } catch (IOException e) {
                return Side.none(Text.of("the course's client could not be compiled: %s", "client kursus tidak dapat dikompilasi: %s",
                        e.getMessage()));
            }
            int status = javac.run(null, null, null, "-d", classes.toString(), source.toString());
            return status == 0 ? Side.of(Program.java(ProgramRuntime.java(), COURSE_CLIENT, List.of(classes), ProgramRuntime.JVM_OPTIONS))
                    : Side.none(Text.of("the course's client did not compile", "client kursus tidak dapat dikompilasi"));
        });
    }
}
