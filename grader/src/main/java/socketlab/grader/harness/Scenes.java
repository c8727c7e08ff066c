package socketlab.grader.harness;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.harness.verdict.Conversation;
import socketlab.grader.harness.verdict.Observed;
import socketlab.grader.harness.verdict.Verdict;

/**
 * The shared runs of one class of hidden tests. A scene is one fixed script played once against a fresh
 * run of the program, on a thread of its own, recording each step as {@link Observed}; every test that
 * names the scene checks its own part of the record. The script is the same whichever test asks first,
 * so the record, and every test's verdict, does not depend on the order the tests run in.
 */
final class Scenes<S extends Scenes.Player> {
    private final Supplier<S> freshPlayer;
    private final Map<String, Scene<S>> played = new ConcurrentHashMap<>();
    private final ExecutorService players = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "scene");
        thread.setDaemon(true);
        return thread;
    });

    /** What a scene's runs are started through: named in a reason, and closed with the scenes. */
    interface Player {
        /** The program's name. */
        String name();

        /** Kills every run started through it. */
        void closeAll();
    }

    /** A scene: its name, the player its runs were started through, what happened in it, and the record when the script ends. */
    record Scene<S>(String name, S player, Conversation conversation, CompletableFuture<Object> record) {
    }

    Scenes(Supplier<S> freshPlayer) {
        this.freshPlayer = freshPlayer;
    }

    /** The scene of this name, played now if no test asked for it before. */
    Scene<S> scene(String name, Function<S, ?> script) {
        return played.computeIfAbsent(name, key -> {
            S player = freshPlayer.get();
            Conversation conversation = new Conversation();
            return new Scene<>(name, player, conversation,
                    CompletableFuture.supplyAsync(() -> Conversation.recording(conversation, () -> script.apply(player)), players));
        });
    }

    /** Waits for the scene's record. */
    static Object recordOf(Scene<? extends Player> scene) {
        try {
            return scene.record().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Verdict(Status.TIMED_OUT, Text.of("the test ran out of time waiting for its run of %s",
                    "tes kehabisan waktu menunggu run %s", scene.player().name()));
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Verdict verdict) {
                throw verdict.withTranscript(Text.same("")); // a fresh throwable of the same kind for each test that reads it
            }
            if (e.getCause() instanceof RuntimeException unexpected) {
                throw unexpected;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Kills every run the scenes started. */
    void closeAll() {
        players.shutdownNow();
        played.values().forEach(scene -> scene.player().closeAll());
    }
}
