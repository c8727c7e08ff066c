package socketlab.udpping;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;

/**
 * Given, not part of the exercise: PingKu's options, their defaults and its messages (in PingKu.properties,
 * PingKu_id.properties); {@link CommandLine} reads the options, prints the help and gives the exit codes: 0 done
 * (lost pings included), 1 a network failure, 2 a wrong option, 3 a method not written yet.
 */
final class PingKuCommand {
    String host = "127.0.0.1";
    int port = 12345;
    int count = 10;
    int timeout = 1000;

    private final CommandLine line;

    private PingKuCommand(CommandLine line) {
        this.line = line;
    }

    /** Runs PingKu with these arguments, printing to {@code out} and {@code err}; returns the exit code. */
    static int execute(PrintStream out, PrintStream err, String... args) {
        CommandLine line = new CommandLine("PingKu", "socketlab.udpping.PingKu", args);
        PingKuCommand options = new PingKuCommand(line);
        return line.run(out, err, option -> {
            switch (option) {
                case "--host" -> options.host = line.value(option);
                case "--port" -> options.port = line.number(option);
                case "--count" -> options.count = line.positive(option);
                case "--timeout" -> options.timeout = line.positive(option);
                default -> throw line.unknown(option);
            }
        }, () -> PingKu.ping(options, out), options::explain);
    }

    /** The server's address: --host looked up, and --port; an unknown host is a failure said in one line. */
    InetSocketAddress server() throws UnknownHostException {
        InetSocketAddress server = new InetSocketAddress(host, port);
        if (server.isUnresolved()) {
            throw new UnknownHostException(host);
        }
        return server;
    }

    /** The server as the reply lines name it. */
    String hostAndPort() {
        return host + ":" + port;
    }

    /** Milliseconds as the lines print them: three decimals, a point whatever the language. */
    static String millis(double millis) {
        return String.format(Locale.ROOT, "%.3f", millis);
    }

    /** A percentage as the summary prints it: one decimal, a point whatever the language. */
    static String percent(double percent) {
        return String.format(Locale.ROOT, "%.1f", percent);
    }

    /** The smallest, the average and the largest of the RTTs, as the summary prints them: {@code 0.412/0.512/0.612}. */
    static String minAvgMax(List<Double> rtts) {
        DoubleSummaryStatistics all = rtts.stream().mapToDouble(Double::doubleValue).summaryStatistics();
        return millis(all.getMin()) + "/" + millis(all.getAverage()) + "/" + millis(all.getMax());
    }

    private String explain(Exception problem) {
        String key = problem instanceof UnknownHostException ? "error.unknownHost" : "error.io";
        return line.text(key, host + ":" + port, String.valueOf(problem.getMessage()));
    }
}
