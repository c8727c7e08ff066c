package socketlab.grader.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import socketlab.grader.course.Exercise;
import socketlab.grader.launch.ProgramRuntime;

/**
 * Compiles one exercise of a submission on its own with the JDK's compiler (no annotation processing,
 * so no student code runs here), so that a compile error costs that exercise only. The class path holds
 * nothing but the exercise's own classes and the JDK is limited to {@code java.base}, as the programs'
 * runtime is ({@link ProgramRuntime}): an import of anything else (the grader's own libraries, another JDK
 * module) is a compile error, not a crash at run time.
 */
public final class ExerciseCompiler {
    /** The course's Java release. */
    private static final int RELEASE = 17;
    /**
     * On a JDK of the course's release its own library is the release's API, so {@code --release}, which
     * costs opening the JDK's ct.sym archive on every compilation, is needed only on a newer JDK.
     */
    static final List<String> RELEASE_OPTIONS = Runtime.version().feature() == RELEASE
            ? List.of("-source", String.valueOf(RELEASE), "-target", String.valueOf(RELEASE))
            : List.of("--release", String.valueOf(RELEASE));

    /**
     * Compiles every exercise found in {@code folder} (a submission, or a tree laid out as {@code solutions/}),
     * each on its own into {@code output/<module>}, with the stubs in {@code kitExercises} giving the files it lacks.
     */
    public Map<Exercise, Build> compileAll(Path folder, Path kitExercises, Path output) throws IOException {
        SourceFinder finder = new SourceFinder(folder, kitExercises);
        Map<Exercise, Build> builds = new EnumMap<>(Exercise.class);
        for (Exercise exercise : Exercise.values()) {
            builds.put(exercise, finder.find(exercise).map(sources -> compile(sources, output.resolve(exercise.module())))
                    .orElse(new Build.Missing(exercise)));
        }
        return builds;
    }

    /** Compiles the sources into {@code output/classes} and copies their resources beside the classes. */
    public Build compile(ExerciseSources sources, Path output) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the grader needs a JDK, not a JRE: no Java compiler found");
        }
        Path classes = output.resolve("classes");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try {
            Files.createDirectories(classes);
            boolean compiled;
            try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                List<String> options = new ArrayList<>(RELEASE_OPTIONS);
                options.addAll(ProgramRuntime.COMPILER_OPTIONS);
                options.addAll(List.of("-d", classes.toString(), "-proc:none", "-nowarn", "-encoding", "UTF-8", "-implicit:none",
                        "--limit-modules", ProgramRuntime.MODULES,
                        "-cp", classes.toString()));
                compiled = javac.getTask(new StringWriter(), files, diagnostics, options, null,
                        files.getJavaFileObjectsFromPaths(sources.javaFiles())).call();
            }
            if (!compiled) {
                return new Build.NotCompiled(sources.exercise(), firstError(diagnostics));
            }
            for (Map.Entry<String, Path> resource : sources.resources().entrySet()) {
                Path target = classes.resolve(resource.getKey());
                Files.createDirectories(target.getParent());
                // as a new file, readable as the classes beside it are: a copy of the file would keep its mode, and the kit's
                // files may be the grader's alone (Gradescope's source folder) while the programs run as another user
                try (InputStream bytes = Files.newInputStream(resource.getValue())) {
                    Files.copy(bytes, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String declared = SourceFinder.packageOf(sources.mainSource());
        String mainClass = (declared.isEmpty() ? "" : declared + ".") + sources.exercise().program();
        return new Build.Compiled(sources.exercise(), classes, mainClass);
    }

    private static String firstError(DiagnosticCollector<JavaFileObject> diagnostics) {
        return diagnostics.getDiagnostics().stream()
                .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
                .findFirst()
                .map(diagnostic -> (diagnostic.getSource() == null ? "" : Path.of(diagnostic.getSource().toUri()).getFileName()
                        + ":" + diagnostic.getLineNumber() + ": ") + diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
                .orElse("the compiler reported an error");
    }
}
