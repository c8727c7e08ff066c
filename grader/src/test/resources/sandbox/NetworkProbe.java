import java.net.NetworkInterface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;

/** Prints a container's network interfaces and routes, as the sandbox's network proof reads them. */
public class NetworkProbe {
    public static void main(String[] args) throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            System.out.println("interface " + nic.getName() + " " + Collections.list(nic.getInetAddresses()));
        }
        for (String table : new String[] {"/proc/net/route", "/proc/net/ipv6_route"}) {
            for (String line : Files.readAllLines(Path.of(table))) {
                System.out.println("route " + table + " " + line.trim());
            }
        }
    }
}
