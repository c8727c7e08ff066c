package socketlab.grader.interop;

import java.util.Optional;
import socketlab.grader.course.Exercise;

/**
 * The kinds of meeting in a class's interop matrix, each a server exercise and the client that visits it: a student's
 * ClientKu visits ServerKu2 (one client after another, as the seed's serverku2.py) and ServerKu3; a student's PingKu
 * visits ServerUdpKu; the course's own framed client visits each student's ServerPesanKu (the course has no framed
 * client exercise).
 */
public enum Matchup {
    CLIENT_KU_AND_SERVER_KU_2(Exercise.LOOPING_SERVER, Optional.of(Exercise.CLIENT), true),
    CLIENT_KU_AND_SERVER_KU_3(Exercise.CONCURRENT_SERVER, Optional.of(Exercise.CLIENT), false),
    PING_KU_AND_SERVER_UDP_KU(Exercise.UDP_SERVER, Optional.of(Exercise.UDP_PING), false),
    COURSE_CLIENT_AND_SERVER_PESAN_KU(Exercise.FRAMED_SERVER, Optional.empty(), false);

    private final Exercise server;
    private final Optional<Exercise> client;
    private final boolean seedServer;

    Matchup(Exercise server, Optional<Exercise> client, boolean seedServer) {
        this.server = server;
        this.client = client;
        this.seedServer = seedServer;
    }

    /** The server's exercise. */
    public Exercise server() {
        return server;
    }

    /** The students' client exercise, or empty where the client is the course's own. */
    public Optional<Exercise> client() {
        return client;
    }

    /** The client's program name: the students' exercise's, or the course's framed client. */
    public String clientProgram() {
        return client.map(Exercise::program).orElse(Sides.COURSE_CLIENT);
    }

    /** The kind of meeting whose server is this exercise's. */
    public static Matchup serving(Exercise server) {
        for (Matchup matchup : values()) {
            if (matchup.server == server) {
                return matchup;
            }
        }
        throw new IllegalArgumentException(server + " meets no client in the matrix");
    }

    /** Whether the seed has a server of this kind (its serverku2.py), run under Python 3. */
    public boolean seedServer() {
        return seedServer;
    }
}
