package socketlab.grader.interop;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import socketlab.grader.course.Exercise;
import socketlab.grader.course.Lang;
import socketlab.grader.course.Text;
import socketlab.grader.interop.InteropPlan.Planned;
import socketlab.grader.interop.Sides.Side;
import socketlab.grader.launch.Launcher;
import socketlab.grader.launch.Program;
import socketlab.grader.launch.RunningProgram;

/**
 * One server start and the meetings it hosts, one client after another: ClientKu and the course's client through a
 * {@link Relay}, so the conversation is judged on the wire; PingKu straight to the UDP server. A side that cannot run
 * makes the meeting "not run"; a server that does not start fails each of its meetings with its why.
 */
final class Meetings {
    /** How many pings PingKu sends in a meeting. */
    static final int PINGS = 2;

    private final Sides sides;
    private final Launcher launcher;
    private final Duration limit;
    private List<String> courseClientWithReference = List.of();

    Meetings(Sides sides, Launcher launcher, Duration limit) {
        this.sides = sides;
        this.launcher = launcher;
        this.limit = limit;
    }

    /** Notes what the course's client prints with the reference's ServerPesanKu: what it must print with any other. */
    void calibrate() throws IOException, InterruptedException {
        Planned withReference = new Planned(Matchup.COURSE_CLIENT_AND_SERVER_PESAN_KU, Meeting.REFERENCE, Meeting.REFERENCE);
        Meeting meeting = host(List.of(withReference)).get(0);
        if (meeting.result() != Meeting.Result.PASSED) {
            throw new IllegalStateException("the course's client does not meet the reference's ServerPesanKu: "
                    + meeting.why().in(Lang.EN) + " " + meeting.transcript());
        }
    }

    /** The meetings of one server start, in order. */
    List<Meeting> host(List<Planned> group) throws IOException, InterruptedException {
        Planned first = group.get(0);
        Exercise exercise = first.matchup().server();
        Side serverSide = first.server().equals(Meeting.SEED) ? sides.seedServer() : sides.of(first.server(), exercise);
        List<Meeting> meetings = new ArrayList<>();
        if (serverSide.program().isEmpty()) {
            group.forEach(planned -> meetings.add(meeting(planned, new Judge.Verdict(Meeting.Result.NOT_RUN, serverSide.whyNot()), List.of())));
            return meetings;
        }
        ServerUnderTest.Started started;
        try {
            started = ServerUnderTest.start(launcher, serverSide.program().get(), limit);
        } catch (IOException cannotStart) {
            // a command this machine lacks (python3 for the seed's server): nothing to meet, nobody's failure
            Judge.Verdict notRun = new Judge.Verdict(Meeting.Result.NOT_RUN, Text.of("%s could not be started here: %s",
                    "%s tidak dapat dijalankan di sini: %s", serverSide.program().get().name(), cannotStart.getMessage()));
            group.forEach(planned -> meetings.add(meeting(planned, notRun, List.of())));
            return meetings;
        }
        if (started.server().isEmpty()) {
            group.forEach(planned -> meetings.add(meeting(planned, started.instead(), List.of())));
            return meetings;
        }
        try (ServerUnderTest server = started.server().get()) {
            for (Planned planned : group) {
                meetings.add(meet(planned, server));
            }
        }
        return meetings;
    }

    private Meeting meet(Planned planned, ServerUnderTest server) throws IOException, InterruptedException {
        Optional<Exercise> clientExercise = planned.matchup().client();
        Side clientSide = clientExercise.isPresent() ? sides.of(planned.client(), clientExercise.get()) : sides.courseClient();
        if (clientSide.program().isEmpty()) {
            return meeting(planned, new Judge.Verdict(Meeting.Result.NOT_RUN, clientSide.whyNot()), List.of());
        }
        Program client = clientSide.program().get();
        if (planned.matchup() == Matchup.PING_KU_AND_SERVER_UDP_KU) {
            Judge.Ending ending = runClient(client, List.of("--host", "127.0.0.1", "--port", String.valueOf(server.port()), "--count",
                    String.valueOf(PINGS)));
            return meeting(planned, Judge.pingKu(ending, PINGS), transcript(client.name(), ending, List.of()));
        }
        try (Relay relay = new Relay(server.port(), limit)) {
            String port = String.valueOf(relay.port());
            boolean courseClient = clientExercise.isEmpty();
            Judge.Ending ending = runClient(client, courseClient ? List.of("127.0.0.1", port) : List.of("--host", "127.0.0.1", "--port", port));
            relay.clientEnded();
            relay.awaitEnd(limit);
            List<String> wire = List.of("server -> " + client.name() + ": " + Judge.shown(relay.sentByServer()),
                    client.name() + " -> server: " + Judge.shown(relay.sentByClient()));
            Judge.Verdict verdict;
            if (server.reachedAStub()) {
                verdict = Judge.notWritten(planned.matchup().server().program());
            } else if (courseClient) {
                if (planned.server().equals(Meeting.REFERENCE) && courseClientWithReference.isEmpty()) {
                    courseClientWithReference = ending.exitCode().equals(Optional.of(0)) ? ending.stdout() : List.of();
                }
                verdict = Judge.courseClient(ending, courseClientWithReference);
            } else {
                verdict = Judge.clientKu(ending, relay.sentByClient(), relay.sentByServer(),
                        planned.matchup() == Matchup.CLIENT_KU_AND_SERVER_KU_3);
            }
            return meeting(planned, verdict, transcript(client.name(), ending, wire));
        }
    }

    private Judge.Ending runClient(Program client, List<String> args) throws IOException {
        try (RunningProgram running = launcher.start(client, args)) {
            Optional<Integer> exit = running.awaitExit(limit);
            return new Judge.Ending(exit, running.stdout(), running.stderr());
        }
    }

    private static List<String> transcript(String client, Judge.Ending ending, List<String> wire) {
        List<String> lines = new ArrayList<>(wire);
        ending.stdout().forEach(line -> lines.add(client + " stdout: " + line));
        ending.stderr().forEach(line -> lines.add(client + " stderr: " + line));
        lines.add(client + " exit: " + ending.exitCode().map(String::valueOf).orElse("-"));
        return lines;
    }

    private static Meeting meeting(Planned planned, Judge.Verdict verdict, List<String> transcript) {
        return new Meeting(planned.matchup().server(), planned.client(), planned.server(), verdict.result(), verdict.why(), transcript);
    }
}
