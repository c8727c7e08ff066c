package socketlab.selfcheck;

import static socketlab.selfcheck.Words.say;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * The loopback addresses a self-check needs, and a skip that says how to add the missing ones. Linux and Windows
 * answer on all of 127.0.0.0/8; macOS has only 127.0.0.1 on lo0 until an alias is added ({@code ifconfig lo0 alias},
 * as its ifconfig(8) says), and then a check that needs 127.0.0.2 is skipped, never failed.
 */
public final class Loopback {

    private Loopback() {
    }

    /** Skips the self-check unless every one of these addresses can be bound here, naming the command that adds them. */
    public static void assumeHas(String... addresses) {
        List<String> missing = List.of(addresses).stream().filter(address -> !bindable(address)).toList();
        Assumptions.assumeTrue(missing.isEmpty(), () -> say("skipped: this computer's loopback has no ", "dilewati: loopback"
                + " komputer ini tidak punya ") + String.join(", ", missing) + say(" (macOS has only 127.0.0.1 there until"
                + " you add more); add them with: ", " (macOS hanya punya 127.0.0.1 sampai Anda menambahkannya); tambahkan"
                + " dengan: ") + commandAdding(missing, System.getProperty("os.name", "")));
    }

    /** Whether a socket can be bound to this address here. */
    public static boolean bindable(String address) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            return true;
        } catch (IOException absent) {
            return false;
        }
    }

    /** The one command line that adds these loopback addresses on this system (until the next restart). */
    static String commandAdding(List<String> addresses, String osName) {
        boolean mac = osName.toLowerCase(Locale.ROOT).contains("mac");
        return addresses.stream().map(address -> mac ? "sudo ifconfig lo0 alias " + address + " up"
                : "sudo ip addr add " + address + "/8 dev lo").collect(Collectors.joining(" && "));
    }
}
