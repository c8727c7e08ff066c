package socketlab.grader.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import socketlab.grader.launch.Folders;
import socketlab.grader.launch.Program;
import socketlab.grader.launch.ProgramRuntime;
import socketlab.grader.submission.ExerciseCompiler;

/**
 * Times each reference program's start-up, to its first line (wall and CPU) and for the whole process (CPU), against
 * the yardstick, a bare JVM that binds a port and exits ({@link BareJvm}), started in turn with it, pair by pair,
 * by the same {@code java} with the same options: this JDK's with Java's defaults, then the grader's runtime
 * ({@link ProgramRuntime}) with the grader's options. Run it with
 * {@code grader/bench/startup.sh [pairs]}; it is a benchmark, not a test.
 */
public final class StartupBenchmark {

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path repository = Path.of(System.getProperty("repository.root", ".")).toAbsolutePath().normalize();
        int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        Path work = Files.createTempDirectory("socketlab-startup-");
        System.out.printf("machine: %d cores, %s %s; %d pairs per program; CPU is the mean, wall the median%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"), pairs);
        new ExerciseCompiler().compileAll(repository.resolve("solutions"), repository.resolve("exercises"), work.resolve("solutions"));
        try (ServerSocket greeter = greeter()) {
            for (List<String> options : List.of(List.<String>of(), ProgramRuntime.JVM_OPTIONS)) {
                Path java = options.isEmpty() ? Path.of(System.getProperty("java.home"), "bin", "java") : ProgramRuntime.java();
                System.out.println(options.isEmpty() ? "this JDK's java with Java's default options:"
                        : "the grader's runtime " + java + " with its options " + options + ":");
                Program bare = Yardstick.bareJvm(java, options);
                for (String[] program : programs(greeter.getLocalPort())) {
                    Program solution = Program.java(java, program[1], List.of(work.resolve("solutions").resolve(program[0])
                            .resolve("classes")), options);
                    List<String> programArgs = List.of(program[2].split(" "));
                    List<Long> walls = new ArrayList<>();
                    List<Long> bareWalls = new ArrayList<>();
                    long cpu = 0;
                    long bareCpu = 0;
                    long cpuWhole = 0;
                    long bareCpuWhole = 0;
                    Yardstick.time(work, solution, programArgs);
                    for (int i = 0; i < pairs; i++) {
                        Yardstick.Start start = Yardstick.time(work, solution, programArgs);
                        Yardstick.Start yardstick = Yardstick.time(work, bare, List.of());
                        walls.add(start.wallMillis());
                        bareWalls.add(yardstick.wallMillis());
                        cpu += start.cpuToFirstLineMillis();
                        bareCpu += yardstick.cpuToFirstLineMillis();
                        cpuWhole += start.cpuMillis();
                        bareCpuWhole += yardstick.cpuMillis();
                    }
                    long wall = Yardstick.median(walls);
                    long bareWall = Yardstick.median(bareWalls);
                    System.out.printf("  %-14s to the first line: wall %3d ms vs bare JVM %3d ms = %.2fx, CPU %3d ms vs %3d ms = %.2fx;"
                            + " whole process CPU %3d ms vs %3d ms = %.2fx%n", program[0], wall, bareWall, (double) wall / bareWall,
                            cpu / pairs, bareCpu / pairs, (double) cpu / bareCpu, cpuWhole / pairs, bareCpuWhole / pairs,
                            (double) cpuWhole / bareCpuWhole);
                }
            }
        } finally {
            Folders.deleteQuietly(work);
        }
    }

    /** Module, main class and arguments of each program, run so that it ends by itself or is ended after its first line. */
    private static List<String[]> programs(int greeterPort) {
        return List.of(
                new String[] {"server", "socketlab.server.ServerKu", "--host 127.0.0.1 --port 0"},
                new String[] {"looping-server", "socketlab.loopingserver.ServerKu2", "--host 127.0.0.1 --port 0"},
                new String[] {"client", "socketlab.client.ClientKu", "--port " + greeterPort},
                new String[] {"address-detail", "socketlab.addressdetail.DetailSocket", "127.0.0.1 80"});
    }

    /** A server for ClientKu: greets each client, reads its answer to the end, then takes the next. */
    private static ServerSocket greeter() throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket client = server.accept(); InputStream in = client.getInputStream()) {
                    client.setSoTimeout(10_000);
                    client.getOutputStream().write("Terima Kasih karena telah berkomunikasi dengan ServerKu\n".getBytes(UTF_8));
                    in.readAllBytes();
                } catch (IOException ignored) {
                    // the next client, or the benchmark's end
                }
            }
        }, "greeter");
        thread.setDaemon(true);
        thread.start();
        return server;
    }
}
