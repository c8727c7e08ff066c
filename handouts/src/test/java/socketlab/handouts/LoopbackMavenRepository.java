package socketlab.handouts;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Maven repository folder served over HTTP on loopback, read-only, for the kit's Maven Wrapper to fetch Maven
 * from ({@code MVNW_REPOURL}) in a test: the wrapper's real download, with no internet.
 */
final class LoopbackMavenRepository implements AutoCloseable {
    private final HttpServer server;

    private LoopbackMavenRepository(HttpServer server) {
        this.server = server;
    }

    /** Serves the files under {@code folder} at {@link #url()} until closed. */
    static LoopbackMavenRepository serving(Path repository) throws IOException {
        Path folder = repository.toAbsolutePath().normalize();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/maven2/", exchange -> {
            Path file = folder.resolve(exchange.getRequestURI().getPath().substring("/maven2/".length())).normalize();
            boolean found = file.startsWith(folder) && Files.isRegularFile(file);
            exchange.sendResponseHeaders(found ? 200 : 404, found ? Files.size(file) : -1);
            if (found) {
                try (OutputStream body = exchange.getResponseBody()) {
                    Files.copy(file, body);
                }
            }
            exchange.close();
        });
        server.start();
        return new LoopbackMavenRepository(server);
    }

    /** The repository's base URL, as {@code MVNW_REPOURL} takes it. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/maven2";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
