package socketlab.handouts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import socketlab.grader.launch.ProcessLauncher;
import socketlab.grader.launch.Program;
import socketlab.grader.launch.RunningProgram;

/**
 * Captures real terminal transcripts for the handouts by running the reference solutions against each
 * other on loopback, as a student would in two terminals (the module shows such screenshots as its
 * figures 6.1 to 6.4). Nothing here is typed by hand.
 */
public final class Transcripts {
    private static final Duration LIMIT = Duration.ofSeconds(15);

    private final Path solutions;
    private final ProcessLauncher launcher;
    private final String lang;

    /** Transcripts of programs whose help and messages are in this language ("id" or "en"). */
    public Transcripts(Path repository, String lang) {
        this.solutions = repository.resolve("solutions");
        this.launcher = new ProcessLauncher(repository);
        this.lang = lang;
    }

    /** One Markdown block of terminals per exercise chapter. */
    public Map<String, String> capture() throws IOException {
        Map<String, String> blocks = new LinkedHashMap<>();
        List<String> serverAndClient = serverAndClient();
        blocks.put("server", serverAndClient.get(0) + serverAndClient.get(1));
        blocks.put("client", serverAndClient.get(1));
        blocks.put("looping-server", loopingServer());
        blocks.put("address-detail", addressDetail());
        return blocks;
    }

    private List<String> serverAndClient() throws IOException {
        List<String> serverArgs = List.of("--host", "127.0.0.1", "--port", "0");
        try (RunningProgram server = launcher.start(program("server", "socketlab.server.ServerKu"), serverArgs)) {
            String port = portOf(server);
            List<String> clientArgs = List.of("--host", "127.0.0.1", "--port", port);
            String client = terminal("client", clientArgs, run(program("client", "socketlab.client.ClientKu"), clientArgs));
            server.awaitExit(LIMIT);
            return List.of(terminal("server", serverArgs, server.stdout()), client);
        }
    }

    private String loopingServer() throws IOException {
        List<String> serverArgs = List.of("--host", "127.0.0.1", "--port", "0", "--max-clients", "2");
        try (RunningProgram server = launcher.start(program("looping-server", "socketlab.loopingserver.ServerKu2"), serverArgs)) {
            String port = portOf(server);
            List<String> clientArgs = List.of("--host", "127.0.0.1", "--port", port);
            List<String> clientLines = new ArrayList<>();
            for (int client = 0; client < 2; client++) {
                clientLines.add("$ java -jar client.jar " + String.join(" ", clientArgs));
                clientLines.addAll(run(program("client", "socketlab.client.ClientKu"), clientArgs));
            }
            server.awaitExit(LIMIT);
            return terminal("looping-server", serverArgs, server.stdout()) + block(clientLines);
        }
    }

    private String addressDetail() throws IOException {
        List<String> args = List.of("localhost", "http");
        return terminal("address-detail", args, run(program("address-detail", "socketlab.addressdetail.DetailSocket"), args));
    }

    private List<String> run(Program program, List<String> args) throws IOException {
        try (RunningProgram running = launcher.start(program, args)) {
            running.awaitExit(LIMIT).orElseThrow(() -> new IOException(program.name() + " did not end"));
            return running.stdout();
        }
    }

    private static String portOf(RunningProgram server) throws IOException {
        String line = server.awaitLine(text -> text.startsWith("Listening on "), LIMIT)
                .orElseThrow(() -> new IOException("a server printed no \"Listening on\" line: " + server.stderr()));
        return line.substring(line.lastIndexOf(':') + 1);
    }

    private static String terminal(String module, List<String> args, List<String> output) {
        List<String> lines = new ArrayList<>();
        lines.add("$ java -jar " + module + ".jar " + String.join(" ", args));
        lines.addAll(output);
        return block(lines);
    }

    private static String block(List<String> lines) {
        return "```terminal\n" + String.join("\n", lines) + "\n```\n\n";
    }

    private Program program(String module, String mainClass) {
        return Program.java(mainClass, List.of(solutions.resolve(module).resolve("target/classes")),
                List.of("-Duser.language=" + lang));
    }

}
