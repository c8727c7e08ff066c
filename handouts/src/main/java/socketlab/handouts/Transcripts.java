package socketlab.handouts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import socketlab.grader.course.Demo;
import socketlab.grader.course.Exercise;
import socketlab.grader.launch.ProcessLauncher;
import socketlab.grader.launch.Program;
import socketlab.grader.launch.ProgramRuntime;
import socketlab.grader.launch.RunningProgram;
import socketlab.grader.submission.Build;
import socketlab.grader.submission.ExerciseCompiler;

/**
 * Captures real terminal transcripts for the handouts by running the reference solutions against each
 * other on loopback, as a student would in two terminals (the module shows such screenshots as its
 * figures 6.1 to 6.4), each exercise as its {@link Demo} says, and the course's server and client on two
 * containers ({@link ContainerTranscript}). Nothing here is typed by hand.
 */
public final class Transcripts {
    private static final Duration LIMIT = Duration.ofSeconds(15);
    /** How an output line that goes on from the one above begins. */
    static final String GOES_ON = "    ";

    private final Map<Exercise, Build> builds;
    private final ProcessLauncher launcher;
    private final Path work;
    private final Path coursePrograms;

    /** Transcripts of the solutions in {@code repository}, compiled once into {@code work}. */
    public Transcripts(Path repository, Path work) throws IOException {
        this.builds = new ExerciseCompiler().compileAll(repository.resolve("solutions"), repository.resolve("exercises"), work);
        this.launcher = new ProcessLauncher(repository);
        this.work = work;
        this.coursePrograms = repository.resolve("handouts").resolve("course-programs");
    }

    /**
     * One Markdown block of terminals per exercise chapter, by the exercise's name (and one per further run of
     * its {@link Demo}, by the name and the run's: "other-addresses ipv6"), the programs' help and messages in
     * this language ("id" or "en").
     */
    public Map<String, String> capture(String lang) throws IOException {
        Map<String, String> blocks = new LinkedHashMap<>();
        Map<Exercise, String> clientParts = new LinkedHashMap<>();
        for (Exercise exercise : Exercise.values()) {
            Demo demo = exercise.demo();
            if (demo.kind() == Demo.Kind.SERVER && !demo.visitor().isEmpty()) {
                List<String> serverAndVisitor = serverWithClients(exercise, courseProgram(demo.visitor()), lang);
                blocks.put(exercise.module(), serverAndVisitor.get(0) + serverAndVisitor.get(1));
            } else if (demo.kind() == Demo.Kind.SERVER) {
                Exercise client = visitorOf(exercise);
                List<String> serverAndClients = serverWithClients(exercise, clientExercise(client, lang), lang);
                blocks.put(exercise.module(), serverAndClients.get(0) + serverAndClients.get(1));
                clientParts.putIfAbsent(client, serverAndClients.get(1));
            } else if (demo.kind() == Demo.Kind.ALONE) {
                blocks.put(exercise.module(), terminal(exercise, demo.args(), run(exercise, demo.args(), lang)));
                for (Demo.Run more : demo.more()) {
                    blocks.put(exercise.module() + " " + more.name(), terminal(exercise, more.args(), run(exercise, more.args(), lang)));
                }
            }
        }
        clientParts.forEach((client, part) -> blocks.put(client.module(), part));
        Exercise server = List.of(Exercise.values()).stream().filter(exercise -> exercise.demo().kind() == Demo.Kind.SERVER)
                .findFirst().orElseThrow(() -> new IllegalStateException("the course lists no server"));
        blocks.put("containers", ContainerTranscript.capture(compiled(server), compiled(visitorOf(server)), work, lang));
        return blocks;
    }

    /** The client that visits a server's run: the one that names it as its partner, else the one that names none. */
    private static Exercise visitorOf(Exercise server) {
        List<Exercise> clients = List.of(Exercise.values()).stream().filter(exercise -> exercise.demo().kind() == Demo.Kind.CLIENT).toList();
        return clients.stream().filter(client -> client.demo().partner().equals(server.module())).findFirst()
                .or(() -> clients.stream().filter(client -> client.demo().partner().isEmpty()).findFirst())
                .orElseThrow(() -> new IllegalStateException("the course lists no client to visit " + server.module()));
    }

    /** What visits a server in a transcript: the command typed for the server's port, and that command's run. */
    private interface Visitor {
        String command(String port);

        List<String> run(String port) throws IOException;
    }

    /** A client exercise's solution as a server's visitor. */
    private Visitor clientExercise(Exercise client, String lang) {
        return new Visitor() {
            @Override
            public String command(String port) {
                return Transcripts.command(client, arguments(port));
            }

            @Override
            public List<String> run(String port) throws IOException {
                return Transcripts.this.run(client, arguments(port), lang);
            }

            private List<String> arguments(String port) {
                List<String> clientArgs = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", port));
                clientArgs.addAll(client.demo().args());
                return clientArgs;
            }
        };
    }

    /** A program of the course's own, one Java source file, as a server's visitor: {@code java <source> 127.0.0.1 <port>}. */
    private Visitor courseProgram(String source) {
        return new Visitor() {
            @Override
            public String command(String port) {
                return "$ java " + source + " 127.0.0.1 " + port;
            }

            @Override
            public List<String> run(String port) throws IOException {
                Program program = new Program(source, List.of(ProgramRuntime.fullJdkJava().toString(),
                        coursePrograms.resolve(source).toString()), Map.of());
                try (RunningProgram running = launcher.start(program, List.of("127.0.0.1", port))) {
                    running.awaitExit(LIMIT).orElseThrow(() -> new IOException(source + " did not end"));
                    return running.stdout();
                }
            }
        };
    }

    /** The server's terminal and its clients' terminal, as two blocks. */
    private List<String> serverWithClients(Exercise server, Visitor client, String lang) throws IOException {
        List<String> serverArgs = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", "0"));
        serverArgs.addAll(server.demo().args());
        try (RunningProgram running = launcher.start(program(server, lang), serverArgs)) {
            String port = portOf(running);
            List<String> clientLines = new ArrayList<>();
            for (int visit = 0; visit < server.demo().clients(); visit++) {
                clientLines.add(client.command(port));
                clientLines.addAll(client.run(port));
            }
            running.awaitExit(LIMIT);
            return List.of(terminal(server, serverArgs, running.stdout()), block(clientLines));
        }
    }

    private List<String> run(Exercise exercise, List<String> args, String lang) throws IOException {
        try (RunningProgram running = launcher.start(program(exercise, lang), args)) {
            running.awaitExit(LIMIT).orElseThrow(() -> new IOException(exercise.program() + " did not end"));
            return running.stdout();
        }
    }

    private static String portOf(RunningProgram server) throws IOException {
        String line = server.awaitLine(text -> text.startsWith("Listening on "), LIMIT)
                .orElseThrow(() -> new IOException("a server printed no \"Listening on\" line: " + server.stderr()));
        return line.substring(line.lastIndexOf(':') + 1);
    }

    private static String terminal(Exercise exercise, List<String> args, List<String> output) {
        List<String> lines = new ArrayList<>();
        lines.add(command(exercise, args));
        output.forEach(line -> lines.addAll(wrapped(line)));
        return block(lines);
    }

    /**
     * An output line as the printed page can hold it: one wider than its code (DetailPaket's, with a capture's MAC
     * addresses and times) goes on at the last space that fits, on lines indented by {@link #GOES_ON}.
     */
    static List<String> wrapped(String line) {
        List<String> lines = new ArrayList<>();
        String rest = line;
        while (rest.length() > PdfBook.CODE_COLUMNS) {
            int space = rest.lastIndexOf(' ', PdfBook.CODE_COLUMNS);
            if (space <= GOES_ON.length()) {
                break;
            }
            lines.add(rest.substring(0, space));
            rest = GOES_ON + rest.substring(space + 1);
        }
        lines.add(rest);
        return lines;
    }

    /** Where the kit's build puts the exercise's jar ({@code ./mvnw -q package -pl <module> -DskipTests}), as chapters run it. */
    static String jar(Exercise exercise) {
        return exercise.module() + "/target/" + exercise.module() + ".jar";
    }

    /** The command line as typed, broken with the shell's {@code \} before it is wider than the printed page's code. */
    static String command(Exercise exercise, List<String> args) {
        StringBuilder lines = new StringBuilder("$ java -jar " + jar(exercise));
        int lineStart = 0;
        for (String arg : args) {
            if (lines.length() - lineStart + 1 + arg.length() + " \\".length() > PdfBook.CODE_COLUMNS) {
                lines.append(" \\\n   ");
                lineStart = lines.length() - "   ".length();
            }
            lines.append(' ').append(arg);
        }
        return lines.toString();
    }

    private static String block(List<String> lines) {
        return "```terminal\n" + String.join("\n", lines) + "\n```\n\n";
    }

    private Program program(Exercise exercise, String lang) throws IOException {
        Build.Compiled compiled = compiled(exercise);
        return Program.java(compiled.mainClass(), List.of(compiled.classes()), List.of("-Duser.language=" + lang));
    }

    private Build.Compiled compiled(Exercise exercise) throws IOException {
        if (!(builds.get(exercise) instanceof Build.Compiled compiled)) {
            throw new IOException("the solution of " + exercise.module() + " did not compile: " + builds.get(exercise));
        }
        return compiled;
    }
}
