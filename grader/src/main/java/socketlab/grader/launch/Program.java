package socketlab.grader.launch;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A program the grader can start: a name for messages, the command that runs it (without its
 * arguments), the environment variables it needs besides the grader's own, and, if it reads one, the file its
 * standard input comes from (else its standard input is closed at once). {@link #java} builds the command for a Java
 * main class in a fresh JVM.
 */
public record Program(String name, List<String> command, Map<String, String> environment, Optional<Path> standardInput) {

    public Program {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    /** A program whose standard input is closed at once. */
    public Program(String name, List<String> command, Map<String, String> environment) {
        this(name, command, environment, Optional.empty());
    }

    /** The same program reading its standard input from {@code file}. */
    public Program readingFrom(Path file) {
        return new Program(name, command, environment, Optional.of(file));
    }

    /** The same program with one more environment variable. */
    public Program with(String variable, String value) {
        Map<String, String> more = new HashMap<>(environment);
        more.put(variable, value);
        return new Program(name, command, more, standardInput);
    }

    /** A Java main class run by this JDK's {@code java} with the given class path and JVM options. */
    public static Program java(String mainClass, List<Path> classPath, List<String> jvmOptions) {
        return java(ProgramRuntime.fullJdkJava(), mainClass, classPath, jvmOptions);
    }

    /** A Java main class run by this {@code java} command with the given class path and JVM options. */
    public static Program java(Path javaCommand, String mainClass, List<Path> classPath, List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(javaCommand.toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        command.add(mainClass);
        return new Program(mainClass.substring(mainClass.lastIndexOf('.') + 1), command, Map.of());
    }
}
