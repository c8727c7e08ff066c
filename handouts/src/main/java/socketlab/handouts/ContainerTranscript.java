package socketlab.handouts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import socketlab.grader.course.Exercise;
import socketlab.grader.docker.DockerEngine;
import socketlab.grader.docker.ProjectNetwork;
import socketlab.grader.docker.SandboxImage;
import socketlab.grader.launch.Program;
import socketlab.grader.launch.RunningProgram;
import socketlab.grader.submission.Build;

/**
 * The other-addresses chapter's run on two hosts: the reference ServerKu in one container and ClientKu in
 * another, on a network of the project's own, ClientKu finding the server by its network alias. Captured when
 * the build has a Docker engine; without one, the chapter says so instead.
 */
final class ContainerTranscript {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String SERVER_HOST = "serverku";
    private static final String CLIENT_HOST = "clientku";

    private ContainerTranscript() {
    }

    /** The two hosts' terminals, or a line saying why they are missing, in this language. */
    static String capture(Build.Compiled server, Build.Compiled client, Path work, String lang) throws IOException {
        if (!DockerEngine.available()) {
            return lang.equals("id")
                    ? "*(Build handout ini tidak punya Docker engine, jadi percobaan di dua container tidak ditampilkan di sini;"
                            + " dengan Docker, transkripnya muncul di tempat ini.)*\n\n"
                    : "*(This handout was built without a Docker engine, so the run on two containers is not shown here;"
                            + " built with Docker, its transcript appears in this place.)*\n\n";
        }
        String image = SandboxImage.ensure(work.resolve("image"));
        List<String> serverArgs = List.of("--host", "0.0.0.0", "--port", "12345");
        List<String> clientArgs = List.of("--host", SERVER_HOST, "--port", "12345");
        try (ProjectNetwork network = new ProjectNetwork(image)) {
            RunningProgram serverKu = network.host(SERVER_HOST, Map.of(server.classes(), "/program")).start(program(server, lang), serverArgs);
            serverKu.awaitLine(line -> line.startsWith("Listening on "), LIMIT)
                    .orElseThrow(() -> new IOException("ServerKu printed no \"Listening on\" line in its container: " + serverKu.stderr()));
            RunningProgram clientKu = network.host(CLIENT_HOST, Map.of(client.classes(), "/program")).start(program(client, lang), clientArgs);
            clientKu.awaitExit(LIMIT).orElseThrow(() -> new IOException("ClientKu did not end in its container"));
            serverKu.awaitExit(LIMIT).orElseThrow(() -> new IOException("ServerKu did not end in its container"));
            return terminal(SERVER_HOST, server.exercise(), serverArgs, serverKu.stdout())
                    + terminal(CLIENT_HOST, client.exercise(), clientArgs, clientKu.stdout());
        }
    }

    private static Program program(Build.Compiled build, String lang) {
        return Program.java(Path.of(SandboxImage.PROGRAM_JAVA), build.mainClass(), List.of(Path.of("/program")),
                List.of("-Duser.language=" + lang, "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8"));
    }

    private static String terminal(String host, Exercise exercise, List<String> args, List<String> output) {
        List<String> lines = new ArrayList<>();
        lines.add(host + "$ java -jar " + Transcripts.jar(exercise) + " " + String.join(" ", args));
        lines.addAll(output);
        return "```terminal\n" + String.join("\n", lines) + "\n```\n\n";
    }
}
