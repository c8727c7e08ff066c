package socketlab.grader.harness;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.harness.program.GradingContext;
import socketlab.grader.harness.program.Run;
import socketlab.grader.harness.verdict.Conversation;
import socketlab.grader.harness.verdict.Verdict;
import socketlab.grader.launch.Program;
import socketlab.grader.submission.Build;

/**
 * The submission's program that a hidden test exercises. Each {@link #start} runs it afresh, as its
 * own process (or container), never in the grader's JVM; everything started is killed after the test.
 * A run several tests observe together is {@link #shared}, and killed when the class of tests ends.
 */
public final class Subject implements Scenes.Player {
    private final String name;
    private final Program program;
    private final GradingContext context;
    private final List<Run> runs = new ArrayList<>();
    private final Scenes<Subject> scenes;
    private final List<Scenes.Scene<Subject>> scenesUsed = new ArrayList<>();

    /** A subject whose test can also read the shared runs in {@code scenes}. */
    Subject(Build.Compiled build, GradingContext context, Scenes<Subject> scenes) {
        this.scenes = scenes;
        this.name = build.exercise().program();
        this.program = Program.java(context.java(), build.mainClass(), List.of(build.classes()), context.jvmOptions());
        this.context = context;
    }

    /**
     * The record of the shared run {@code name} (see {@link Scenes}): {@code script} plays it once, against a
     * run of its own, for all the tests of the class that name it.
     */
    public <T> T shared(String name, Function<Subject, T> script, Class<T> record) {
        Scenes.Scene<Subject> scene = scenes.scene(name, script);
        synchronized (runs) {
            scenesUsed.add(scene);
        }
        return record.cast(Scenes.recordOf(scene));
    }

    /**
     * Writes {@code bytes} into a file of its own that the program can read, named after {@code name}, and returns its
     * path: what a test hands to a program that reads a file (DetailPaket's capture).
     */
    public Path input(String name, byte[] bytes) {
        try {
            Path file = Files.createTempFile(context.inputs(), "", "-" + name);
            Files.write(file, bytes);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " for " + this.name, e);
        }
    }

    /** Starts the program with these arguments, once a place at the grader's start gate is free. */
    public Run start(String... args) {
        Conversation.note("ran: %s", "menjalankan: %s", commandLine(args));
        return start(program, args);
    }

    /** Starts the program with these arguments, its standard input read from {@code file}, as {@code program < file} would. */
    public Run startReading(Path file, String... args) {
        Conversation.note("ran: %s < %s", "menjalankan: %s < %s", commandLine(args), file.getFileName());
        return start(program.readingFrom(file), args);
    }

    private Run start(Program started, String... args) {
        try {
            Run run = new Run(name, context.launcher().start(started, List.of(args)), List.of(args));
            context.countStart();
            synchronized (runs) {
                runs.add(run);
            }
            return run;
        } catch (InterruptedIOException e) {
            throw new Verdict(Status.TIMED_OUT, Text.of("the test ran out of time waiting to start %s",
                    "tes kehabisan waktu menunggu untuk memulai %s", name));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** The program's command line as the transcript shows it: its name and arguments, an empty or spaced one in quotes. */
    private String commandLine(String... args) {
        StringBuilder line = new StringBuilder(name);
        for (String arg : args) {
            line.append(' ').append(arg.isEmpty() || arg.contains(" ") ? Conversation.shown(arg) : arg);
        }
        return line.toString();
    }

    /**
     * What happened in the test, as its transcript shows it: the shared runs it read, each under its name, then its
     * own steps, then what each program printed.
     */
    List<Text> transcriptSteps(Conversation own) {
        List<Text> steps = new ArrayList<>();
        List<Scenes.Scene<Subject>> scenes;
        synchronized (runs) {
            scenes = List.copyOf(scenesUsed);
        }
        for (Scenes.Scene<Subject> scene : scenes.stream().distinct().toList()) {
            steps.add(Text.of("[the shared run \"%s\"]", "[run bersama \"%s\"]", scene.name()));
            steps.addAll(scene.conversation().steps());
        }
        if (!scenes.isEmpty() && !own.steps().isEmpty()) {
            steps.add(Text.of("[this test]", "[tes ini]"));
        }
        steps.addAll(own.steps());
        for (Run run : runs()) {
            steps.add(Text.of("%s printed: %s", "%s mencetak: %s", run.name(), run.printed()));
        }
        return steps;
    }

    /** The conversations of the shared runs the test read, each once. */
    List<Conversation> sharedConversations() {
        synchronized (runs) {
            return scenesUsed.stream().distinct().map(Scenes.Scene::conversation).toList();
        }
    }

    /** The address the program binds and tests connect to (127.0.0.1 for a local process). */
    public String host() {
        return context.launcher().addresses().programHost();
    }

    /** A second address the program can bind, other than {@link #host()}. */
    public String otherHost() {
        return context.launcher().addresses().programHosts().get(1);
    }

    /** The grader's address as the program sees it, where the tests' own servers listen. */
    public String graderHost() {
        return context.launcher().addresses().graderHost();
    }

    /** The program's simple name, such as ServerKu. */
    @Override
    public String name() {
        return name;
    }

    /** The runs the test started, and those of the shared runs it read. */
    List<Run> runs() {
        synchronized (runs) {
            List<Run> all = new ArrayList<>(runs);
            scenesUsed.forEach(scene -> all.addAll(scene.player().runs()));
            return all;
        }
    }

    /** The runs the test started itself, not those of the shared runs it read. */
    List<Run> ownRuns() {
        synchronized (runs) {
            return List.copyOf(runs);
        }
    }

    /** Kills the runs the test started itself; shared runs live until the class of tests ends. */
    @Override
    public void closeAll() {
        List<Run> own;
        synchronized (runs) {
            own = List.copyOf(runs);
        }
        own.forEach(Run::close);
    }
}
