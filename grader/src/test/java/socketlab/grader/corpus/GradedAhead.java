package socketlab.grader.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import socketlab.grader.TestRepository;
import socketlab.grader.grading.Grader;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.grading.Settings;
import socketlab.grader.launch.Folders;
import socketlab.grader.result.Scorecard;

/**
 * The corpus's gradings, each mutant graded once per JVM as a submission of its own modules only (the mutated
 * module and those it names, no quiz), all its tests at once, three mutants at a time: asking for one mutant's
 * scorecard starts its grading and the next few mutants' (queued for the workers, so that one is always ready
 * when a worker is free), then waits for its own. Most of a mutant's grading waits for programs that hang or time
 * out, so they overlap well, and a grade does not depend on the load (the stress proof). The corpus proof and the
 * stress proof both ask here, and the stress class hands in each of its mutants exactly so, so neither proof grades
 * a mutant the other has graded.
 */
public final class GradedAhead {
    /** How many mutants are graded at once. */
    public static final int AT_ONCE = 3;
    /** How many of the mutants after the one asked for are started with it (queued when every worker is busy). */
    static final int AHEAD = AT_ONCE + 1;
    /** The settings of each grading: the defaults, with every hidden test at once. */
    public static final Settings SETTINGS = Settings.DEFAULT.withTestsAtOnce(GradingRun.testCount());

    private static final Path REPOSITORY = TestRepository.root();
    private static final List<Mutant> ORDER = Stream.concat(Mutant.corpusFiles().stream().map(Mutant::read),
            Mutant.halfDone().stream()).toList();
    private static final Map<String, Future<Scorecard>> STARTED = new ConcurrentHashMap<>();
    private static final ExecutorService POOL = Executors.newFixedThreadPool(AT_ONCE, task -> {
        Thread thread = new Thread(task, "corpus-grading");
        thread.setDaemon(true);
        return thread;
    });

    private GradedAhead() {
    }

    /** The mutant's scorecard: starts its grading (unless started) and the next {@link #AHEAD} mutants', then waits for its own. */
    public static Scorecard of(Mutant mutant) {
        int index = ORDER.stream().map(Mutant::name).toList().indexOf(mutant.name()); // a mutant's edits are arrays: no equals
        Future<Scorecard> own = start(mutant);
        for (int next = index + 1; index >= 0 && next <= Math.min(ORDER.size() - 1, index + AHEAD); next++) {
            start(ORDER.get(next));
        }
        try {
            return own.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while grading " + mutant.name(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("grading " + mutant.name() + " failed", e.getCause());
        }
    }

    /** The mutant's grading: started now unless it was before (each mutant is graded once). */
    private static Future<Scorecard> start(Mutant mutant) {
        return STARTED.computeIfAbsent(mutant.name(), name -> POOL.submit(() -> {
            Path folder = Files.createTempDirectory("corpus-" + name + "-");
            try {
                Path submission = mutant.writeInto(REPOSITORY.resolve("solutions"), folder.resolve("submission"));
                return new Grader(REPOSITORY.resolve("exercises"), SETTINGS).grade(mutant.name(), submission, folder.resolve("grading"));
            } finally {
                Folders.deleteQuietly(folder);
            }
        }));
    }
}
