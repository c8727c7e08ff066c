package socketlab.grader.harness.program;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hosts file every program under test resolves names from ({@code -Djdk.net.hosts.file}), so that
 * no test asks DNS: a name with several addresses, a name with an alias, and names that do not exist.
 */
public final class HostsFile {
    /** A name with two IPv4 addresses and one IPv6 address. */
    public static final String MULTI = "multi.socketlab.test";
    /** An alias of canonical.socketlab.test (127.0.0.3). */
    public static final String ALIAS = "alias.socketlab.test";
    /** A name that resolves nowhere. */
    public static final String UNKNOWN = "nosuch.socketlab.test";

    static final String CONTENT = String.join("\n",
            "# socket-lab grader: names for the hidden tests; nothing here is ever looked up in DNS",
            "127.0.0.1 localhost single.socketlab.test",
            "::1 localhost",
            "10.1.2.3 " + MULTI,
            "10.1.2.4 " + MULTI,
            "fd00::1:2 " + MULTI,
            "127.0.0.3 canonical.socketlab.test " + ALIAS,
            "");

    private HostsFile() {
    }

    /** Writes the hosts file into the folder and returns its path. */
    public static Path writeInto(Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.writeString(folder.resolve("hosts"), CONTENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
