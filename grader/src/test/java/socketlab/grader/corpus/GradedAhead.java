package socketlab.grader.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
import socketlab.grader.grading.Scorecard;
import socketlab.grader.grading.Settings;

/**
 * The corpus's gradings, each mutant graded once per JVM, on its own (the mutated module and what it names, nothing
 * else), two at a time: asking for one mutant's scorecard starts its grading and the next few mutants' (queued for
 * two workers, so that one is always ready when a worker is free), then waits for its own. Most of a mutant's
 * grading waits for programs that hang or time out, so two overlap well, and a grade does not depend on the load.
 * The corpus proof and the stress proof both ask here, so neither grades a mutant the other has graded.
 */
public final class GradedAhead {
    /** How many mutants are graded at once. */
    static final int AT_ONCE = 2;
    /** How many of the mutants after the one asked for are started with it (queued when both workers are busy). */
    static final int AHEAD = 3;
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

    /** The mutant's scorecard (a corpus or half-done mutant): its grading's, started now unless started before. */
    public static Scorecard of(Mutant mutant) {
        List<String> names = ORDER.stream().map(Mutant::name).toList(); // a mutant's edits are arrays: no equals
        int index = names.indexOf(mutant.name());
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

    private static Future<Scorecard> start(Mutant mutant) {
        return STARTED.computeIfAbsent(mutant.name(), name -> POOL.submit(() -> {
            Path folder = Files.createTempDirectory("corpus-" + name + "-");
            try {
                Path submission = mutant.writeInto(REPOSITORY.resolve("solutions"), folder.resolve("submission"));
                return new Grader(REPOSITORY.resolve("exercises"), Settings.DEFAULT.withTestsAtOnce(4))
                        .grade(mutant.name(), submission, folder.resolve("grading"));
            } finally {
                delete(folder);
            }
        }));
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
