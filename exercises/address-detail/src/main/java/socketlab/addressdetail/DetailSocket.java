package socketlab.addressdetail;

import java.io.IOException;
import java.io.PrintStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * DetailSocket, the seed's detailsocket.py in Java: prints each address-info entry of a host and a service as
 * Python 3's socket.getaddrinfo gives them. Write the two methods below; the rest is given (no need to open it).
 */
public final class DetailSocket {

    public static void main(String[] args) {
        System.exit(DetailSocketCommand.execute(System.out, System.err, args));
    }

    /** detailsocket.py, step by step: look up the host and the service, then print each entry's five lines. */
    static void print(DetailSocketCommand options, PrintStream out) throws IOException {
        // seed: for res in socket.getaddrinfo('www.unmuhjember.ac.id', 'http'):
        InetAddress[] addresses = resolve(options.host);
        List<SocketKind> kinds = options.socketKinds();
        for (InetAddress address : addresses) {
            for (SocketKind kind : kinds) {
                out.println("Family : " + familyOf(address));
                out.println("Type : " + kind.type());
                out.println("Protocol : " + kind.protocol());
                out.println("Canonical name: ");
                out.println("Socket address: " + PythonSocketAddress.of(address, kind.port()));
            }
        }
    }

    /** Looks up every address of the host: a name through the system's resolver, or a literal IP address. */
    static InetAddress[] resolve(String host) throws UnknownHostException {
        // seed: socket.getaddrinfo(host, ...) finds the host's addresses
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: look up all addresses"
                + " of the host (getaddrinfo)");
    }

    /** The address family's name, as Python's socket module calls it: AF_INET or AF_INET6. */
    static String familyOf(InetAddress address) {
        // seed: proto_fam[family]
        throw new UnsupportedOperationException("not implemented yet / belum dibuat: tell AF_INET from AF_INET6"
                + " by the address's class");
    }
}
