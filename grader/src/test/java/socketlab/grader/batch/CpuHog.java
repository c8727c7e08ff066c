package socketlab.grader.batch;

/** A thread that keeps one core busy until closed: the busy machine of the stress proof. */
public final class CpuHog implements AutoCloseable {
    private volatile boolean running = true;
    private final Thread thread = new Thread(this::spin, "cpu-hog");

    private CpuHog() {
    }

    /** Starts spinning. */
    public static CpuHog start() {
        CpuHog hog = new CpuHog();
        hog.thread.setDaemon(true);
        hog.thread.start();
        return hog;
    }

    private void spin() {
        long sink = 0;
        while (running) {
            sink += System.nanoTime() % 7;
        }
        if (sink == 42) {
            Thread.yield(); // uses the sum, so the loop is not optimised away
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
    }
}
