package socketlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socketlab.grader.cli.GraderCommand;
import socketlab.grader.report.ResultsDiff;

/**
 * The class submitted to Slurm as a job array of three tasks, with the batch script instructors get
 * ({@code grader/deploy/slurm/grade-class.sbatch}), each task grading the shard its {@code SLURM_ARRAY_TASK_ID} names,
 * then merged: the same results as one machine's run, student by student and test by test. Needs a Slurm cluster
 * ({@code sinfo} answers; .ci/run starts a one-node one with {@code local-cluster.sh}); without one it says
 * "skipped" and why, and a build that requires one ({@code -Dsocketlab.deploy.required=true}, as -Pstrict sets) fails.
 */
final class SlurmArrayIT {
    static final String SKIPPED = "skipped: no Slurm cluster answers (sinfo); grader/deploy/slurm/local-cluster.sh starts one";
    private static final Path SCRIPT = ClassSubmissions.REPOSITORY.resolve("grader/deploy/slurm/grade-class.sbatch");

    @TempDir
    Path work;

    @Test
    void aJobArrayOfShardsMergedEqualsTheOneMachineRun() throws IOException, InterruptedException {
        requireCluster();
        Path submissions = ShardedClassTest.SmallClass.write(work.resolve("class"));
        Path whole = work.resolve("whole");
        grader("class", submissions.toString(), "--out", whole.toString(), "--repository", ClassSubmissions.REPOSITORY.toString());

        Run array = run(List.of("sbatch", "--wait", "--array=0-2", "--cpus-per-task=1", "--chdir=" + work,
                "--output=" + work.resolve("task-%a.out"), SCRIPT.toString(), submissions.toString(), work.resolve("results").toString(),
                ClassSubmissions.REPOSITORY.toString(), "--lang", "en"), 600);
        Path merged = work.resolve("results/class");
        grader("merge", work.resolve("results/shard-0").toString(), work.resolve("results/shard-1").toString(),
                work.resolve("results/shard-2").toString(), "--out", merged.toString());

        ResultsDiff diff = ResultsDiff.of(whole, merged);
        assertAll(
                () -> assertThat(array.code()).as("sbatch --wait: %s", array.output()).isZero(),
                () -> assertThat(work.resolve("task-1.out")).as("task 1 graded shard 1").content().contains("shard 1/3: 1 of the class's 5"),
                () -> assertThat(diff.students()).isEqualTo(ShardedClassTest.SmallClass.SIZE),
                () -> assertThat(diff.changes()).isEmpty(),
                () -> assertThat(merged.resolve("tests.csv")).hasSameTextualContentAs(whole.resolve("tests.csv")),
                () -> assertThat(ShardedClassTest.SmallClass.withoutGradedAt(merged))
                        .isEqualTo(ShardedClassTest.SmallClass.withoutGradedAt(whole)));
    }

    private static void requireCluster() throws InterruptedException {
        boolean answers;
        try {
            Run sinfo = run(List.of("sinfo", "-h", "-o", "%t"), 30);
            answers = sinfo.code() == 0 && !sinfo.output().isBlank();
        } catch (IOException noSlurm) {
            answers = false;
        }
        if (answers) {
            return;
        }
        if (Boolean.getBoolean("socketlab.deploy.required")) {
            fail("no Slurm cluster answers, and this build requires one (-Pstrict): grader/deploy/slurm/local-cluster.sh starts one");
        }
        System.out.println(SKIPPED);
        Assumptions.abort(SKIPPED);
    }

    private static void grader(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--lang", "en"));
        int code = GraderCommand.execute(print, print, all.toArray(String[]::new));
        assertThat(code).as("grader %s; output:%n%s", String.join(" ", args), out.toString(StandardCharsets.UTF_8)).isZero();
    }

    /** Runs a command, its output and errors together, within {@code seconds}. */
    private static Run run(List<String> command, long seconds) throws IOException, InterruptedException {
        Path output = Files.createTempFile("socketlab-slurm", ".txt");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail(command.get(0) + " did not end within " + seconds + " s");
            }
            return new Run(process.exitValue(), Files.readString(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private record Run(int code, String output) {
    }
}
