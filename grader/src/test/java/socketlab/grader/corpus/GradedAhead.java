package socketlab.grader.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import socketlab.grader.grading.Scorecard;
import socketlab.grader.launch.Folders;

/**
 * The corpus's gradings, two at a time: the case of one mutant starts its grading and the next few mutants'
 * (queued for two workers, so that one is always ready when a worker is free), then waits for its own. Most
 * of a mutant's grading waits for programs that hang or time out, so two overlap well, and a grade does not
 * depend on the load (the stress proof). Only the corpus's own cases start gradings, so nothing else the
 * build runs overlaps with them.
 */
final class GradedAhead {
    /** How many mutants are graded at once. */
    static final int AT_ONCE = 2;
    /** How many of the mutants after a case's own are started with it (queued when both workers are busy). */
    static final int AHEAD = 3;

    /** How one mutant is graded, into a folder of its own. */
    interface Grading {
        Scorecard grade(Mutant mutant, Path folder) throws IOException;
    }

    private final List<Mutant> order;
    private final Grading grading;
    private final Map<String, Future<Scorecard>> started = new ConcurrentHashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE, task -> {
        Thread thread = new Thread(task, "corpus-grading");
        thread.setDaemon(true);
        return thread;
    });

    /** Gradings of these mutants, in the order the cases ask for them. */
    GradedAhead(List<Mutant> order, Grading grading) {
        this.order = List.copyOf(order);
        this.grading = grading;
    }

    /** The mutant's scorecard: starts its grading (unless started) and the next {@link #AHEAD} mutants', then waits for its own. */
    Scorecard of(Mutant mutant) {
        int index = order.stream().map(Mutant::name).toList().indexOf(mutant.name()); // a mutant's edits are arrays: no equals
        Future<Scorecard> own = start(mutant);
        for (int next = index + 1; next <= Math.min(order.size() - 1, index + AHEAD); next++) {
            start(order.get(next));
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
    private Future<Scorecard> start(Mutant mutant) {
        return started.computeIfAbsent(mutant.name(), name -> pool.submit(() -> {
            Path folder = Files.createTempDirectory("corpus-" + name + "-");
            try {
                return grading.grade(mutant, folder);
            } finally {
                Folders.deleteQuietly(folder);
            }
        }));
    }
}
