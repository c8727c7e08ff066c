package socketlab.grader.selfchecks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What one run of the kit's self-checks gave, in a JVM of its own started as a student's system would start it: JVM
 * options (a line separator, a language), environment variables, and a command it runs inside (a namespace).
 *
 * @param results one per self-check, in the order they ended
 * @param output  everything the JVM printed, for a failure's message
 */
record SelfCheckRun(List<Result> results, String output) {

    /** One self-check's end: JUnit's status (SUCCESSFUL, FAILED, ABORTED), its class and method, and its message. */
    record Result(String status, String test, String message) {

        boolean passed() {
            return status.equals("SUCCESSFUL");
        }
    }

    /** The self-checks that ended with this status. */
    List<Result> with(String status) {
        return results.stream().filter(result -> result.status().equals(status)).toList();
    }

    /**
     * Runs every self-check on this class path, with these JVM options and environment variables, inside
     * {@code inside} (a command that runs its arguments, such as {@code unshare}; empty: none).
     */
    static SelfCheckRun of(String classPath, List<String> jvmOptions, Map<String, String> environment, List<String> inside)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(inside);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dselfcheck.stubs=strict", "-cp", classPath, SelfCheckLauncher.class.getName()));
        command.addAll(SelfCheckBuild.selfCheckClasses());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the self-checks did not end within 3 minutes: " + output);
        }
        List<Result> results = output.lines().filter(line -> line.startsWith(SelfCheckLauncher.RESULT + "\t"))
                .map(line -> line.split("\t", 4))
                .map(cells -> new Result(cells[1], cells[2], cells.length > 3 ? cells[3].replace("\\n", "\n").replace("\\r", "\r") : ""))
                .toList();
        return new SelfCheckRun(results, output);
    }
}
