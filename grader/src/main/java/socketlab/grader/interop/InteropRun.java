package socketlab.grader.interop;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import socketlab.grader.interop.InteropPlan.Planned;
import socketlab.grader.launch.ProcessLauncher;

/**
 * Runs the meetings of a class's interop matrix as processes on loopback: each server once for the meetings it hosts
 * (at most {@link #MEETINGS_PER_START} of them, so the reference's and the seed's servers start a few times for a big
 * class), its clients one after another, several servers at once. The meetings that failed are run once more when the
 * others are done, one at a time, each with a server started for it alone (so a client that wedged a server serving one
 * client at a time costs its own meeting only), and that run's verdict stands: a busy machine never makes a meeting
 * fail, only the work does. A server that does not start again gives its verdict to its other failed meetings at once.
 */
public final class InteropRun {
    /** The most meetings one server start hosts. */
    static final int MEETINGS_PER_START = 8;
    /** How long a program may take to start, or a client to end its conversation. */
    static final Duration LIMIT = Duration.ofSeconds(20);

    private final Sides sides;
    private final ProcessLauncher launcher;
    private final int atOnce;

    /**
     * @param repository   the course's repository (the reference's sources, the seed's and the course's programs)
     * @param kitExercises the kit's stubs
     * @param work         a scratch folder for compiled classes
     * @param folders      each student's work, unpacked, by id
     * @param atOnce       how many servers meet their clients at once
     */
    public InteropRun(Path repository, Path kitExercises, Path work, Map<String, Path> folders, int atOnce) {
        this.sides = new Sides(repository, kitExercises, work.resolve("classes"), folders);
        this.launcher = new ProcessLauncher(work);
        this.atOnce = atOnce;
    }

    /** Every planned meeting's result, in the plan's order. */
    public List<Meeting> run(List<Planned> plan) throws IOException, InterruptedException {
        Meetings meetings = new Meetings(sides, launcher, LIMIT);
        meetings.calibrate();
        Map<Planned, Meeting> results = new LinkedHashMap<>();
        List<List<Planned>> groups = byServerStart(plan);
        ExecutorService pool = Executors.newFixedThreadPool(atOnce);
        try {
            List<Future<List<Meeting>>> hosted = new ArrayList<>();
            for (List<Planned> group : groups) {
                hosted.add(pool.submit(() -> meetings.host(group)));
            }
            for (int i = 0; i < groups.size(); i++) {
                List<Meeting> done = hosted.get(i).get();
                for (int j = 0; j < done.size(); j++) {
                    results.put(groups.get(i).get(j), done.get(j));
                }
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("an interop meeting broke the grader: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        for (List<Planned> group : groups) {
            Meeting serverDidNotStart = null;
            for (Planned planned : group.stream().filter(each -> results.get(each).result() == Meeting.Result.FAILED).toList()) {
                if (serverDidNotStart != null && results.get(planned).transcript().isEmpty()) {
                    results.put(planned, new Meeting(planned.matchup().server(), planned.client(), planned.server(),
                            serverDidNotStart.result(), serverDidNotStart.why(), List.of()));
                    continue;
                }
                Meeting again = meetings.host(List.of(planned)).get(0);
                results.put(planned, again);
                if (again.result() == Meeting.Result.FAILED && again.transcript().isEmpty()) {
                    serverDidNotStart = again;
                }
            }
        }
        return List.copyOf(results.values());
    }

    /** The plan cut into server starts: each server's meetings together, at most {@link #MEETINGS_PER_START} a start. */
    private static List<List<Planned>> byServerStart(List<Planned> plan) {
        Map<String, List<Planned>> byServer = new LinkedHashMap<>();
        for (Planned planned : plan) {
            byServer.computeIfAbsent(planned.matchup() + "/" + planned.server(), key -> new ArrayList<>()).add(planned);
        }
        List<List<Planned>> starts = new ArrayList<>();
        for (List<Planned> meetings : byServer.values()) {
            for (int from = 0; from < meetings.size(); from += MEETINGS_PER_START) {
                starts.add(meetings.subList(from, Math.min(meetings.size(), from + MEETINGS_PER_START)));
            }
        }
        return starts;
    }
}
