package socketlab.grader.harness.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import socketlab.grader.launch.Folders;
import socketlab.grader.launch.ProgramRuntime;

/**
 * The grader's own reference server and client for tests about other hosts ({@code PeerServer},
 * {@code PeerClient}: ServerKu's and ClientKu's conversation), compiled once per JVM from the grader's resources
 * into a folder anyone may read, as the containers' user must.
 */
final class Peers {
    static final String SERVER = "PeerServer";
    static final String CLIENT = "PeerClient";

    private Peers() {
    }

    /** The folder of the compiled peers. */
    static Path classes() {
        return Compiled.FOLDER;
    }

    private static final class Compiled {
        static final Path FOLDER = compile();

        private static Path compile() {
            try {
                Path sources = Files.createTempDirectory("socketlab-peers-src");
                Path classes = Readable.folder(Files.createTempDirectory("socketlab-peers"));
                List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17", "-proc:none"));
                arguments.addAll(ProgramRuntime.COMPILER_OPTIONS);
                for (String name : List.of(SERVER, CLIENT)) {
                    try (InputStream source = Peers.class.getResourceAsStream("peers/" + name + ".java")) {
                        Path file = sources.resolve(name + ".java");
                        Files.write(file, source.readAllBytes());
                        arguments.add(file.toString());
                    }
                }
                JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
                if (javac == null || javac.run(null, null, null, arguments.toArray(String[]::new)) != 0) {
                    throw new IllegalStateException("the grader cannot compile its reference server and client");
                }
                Readable.everything(classes);
                Folders.deleteQuietly(sources);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> Folders.deleteQuietly(classes)));
                return classes;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the grader's reference server and client", e);
            }
        }
    }
}
