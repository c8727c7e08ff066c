package socketlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Actions workflows (grader/deploy's, and the student kit's) and the Kubernetes Jobs in grader/deploy pass
 * the published definitions they must follow (GitHub's own workflow parser; Kubernetes' OpenAPI schemas:
 * grader/deploy/check), each grading file one shard per job or index with the shard count written once, merged after
 * all ended; the checker rejects a file that breaks them. Needs Node.js and the checker's packages
 * ({@code npm ci --prefix grader/deploy/check}, as .ci/run does); without them it says "skipped" and why, and -Pstrict
 * ({@code -Dsocketlab.deploy.required=true}) fails.
 */
final class DeployFilesTest {
    static final Path DEPLOY = ClassSubmissions.REPOSITORY.resolve("grader/deploy");
    static final Path WORKFLOW = DEPLOY.resolve("github-actions/grade-class.yml");
    static final Path GRADE_JOB = DEPLOY.resolve("kubernetes/grade-class.yaml");
    static final Path MERGE_JOB = DEPLOY.resolve("kubernetes/merge-job.yaml");
    /** The student kit's workflow: the self-checks on every push, in a student's own repository. */
    static final Path KIT_WORKFLOW = ClassSubmissions.REPOSITORY
            .resolve("handouts/src/main/resources/kit/github/workflows/self-checks.yml");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @BeforeAll
    static void requireChecker() {
        boolean node;
        try {
            node = new ProcessBuilder("node", "--version").redirectErrorStream(true).start().waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException none) {
            node = false;
        }
        String missing = !node ? "no Node.js (node)" : !Files.isDirectory(DEPLOY.resolve("check/node_modules/@actions/workflow-parser"))
                ? "grader/deploy/check has no packages (npm ci --prefix grader/deploy/check)" : "";
        if (missing.isEmpty()) {
            return;
        }
        if (Boolean.getBoolean("socketlab.deploy.required")) {
            fail(missing + ", and this build requires the deploy files' checks (-Pstrict); .ci/run installs them");
        }
        String skipped = "skipped: " + missing;
        System.out.println(skipped);
        Assumptions.abort(skipped);
    }

    @Test
    void theWorkflowGradesAShardPerMatrixJobAndMergesThemAfterAll() throws IOException, InterruptedException {
        JsonNode workflow = check(WORKFLOW).get(WORKFLOW.toString());
        JsonNode grade = workflow.at("/facts/jobs/grade");
        JsonNode merge = workflow.at("/facts/jobs/merge");
        assertAll(
                () -> assertThat(workflow.get("valid").asBoolean()).as("%s", workflow.get("errors")).isTrue(),
                () -> assertThat(numbers(grade.at("/matrix/shard"))).as("the matrix counts shards from 0").isEqualTo(
                        IntStream.range(0, grade.at("/matrix/shard").size()).boxed().toList()),
                () -> assertThat(runs(grade)).anySatisfy(run -> assertThat(run).contains("grader.jar class ")
                        .contains("--shard \"${{ strategy.job-index }}/${{ strategy.job-total }}\"")
                        .contains("--out \"results/shard-${{ strategy.job-index }}\"").contains("--sandbox container")),
                () -> assertThat(grade.findValuesAsText("name")).contains("shard-${{ strategy.job-index }}"),
                () -> assertThat(merge.get("needs").asText()).isEqualTo("grade"),
                () -> assertThat(merge.findValuesAsText("pattern")).containsExactly("shard-*"),
                () -> assertThat(runs(merge)).anySatisfy(run -> assertThat(run).contains("grader.jar merge results/shard-* --out class")));
    }

    @Test
    void theKitsWorkflowRunsTheSelfChecksOnEveryPushOnLinuxWindowsAndMacosAndWritesTheirResult() throws IOException, InterruptedException {
        JsonNode workflow = check(KIT_WORKFLOW).get(KIT_WORKFLOW.toString());
        JsonNode job = workflow.at("/facts/jobs/self-checks");
        assertAll(
                () -> assertThat(workflow.get("valid").asBoolean()).as("%s", workflow.get("errors")).isTrue(),
                () -> assertThat(texts(job.at("/matrix/os"))).containsExactly("ubuntu-latest", "windows-latest", "macos-latest"),
                () -> assertThat(runs(job)).as("the wrapper as each system's shell runs it, then the result")
                        .contains("./mvnw -B test", "mvnw.cmd -B test").endsWith("python .github/self-checks/result.py"),
                () -> assertThat(runs(job)).as("macOS gets the loopback addresses other-addresses needs")
                        .anySatisfy(run -> assertThat(run).contains("sudo ifconfig lo0 alias", "127.0.0.4")),
                () -> assertThat(job.toString()).as("no grader, no hidden test in a student's repository").doesNotContain("grader"));
    }

    @Test
    void theIndexedJobGradesTheShardOfItsIndexAndTheMergeJobJoinsEveryIndex() throws IOException, InterruptedException {
        Map<String, JsonNode> checked = check(GRADE_JOB, MERGE_JOB);
        JsonNode job = checked.get(GRADE_JOB.toString()).at("/facts/documents/0");
        JsonNode policy = checked.get(GRADE_JOB.toString()).at("/facts/documents/1");
        JsonNode pod = job.at("/spec/template/spec");
        int completions = job.at("/spec/completions").asInt();
        List<String> args = texts(pod.at("/containers/0/args"));
        assertAll(
                () -> assertThat(checked.values()).allSatisfy(file -> assertThat(file.get("valid").asBoolean()).as("%s", file).isTrue()),
                () -> assertThat(job.at("/spec/completionMode").asText()).isEqualTo("Indexed"),
                () -> assertThat(job.at("/spec/parallelism").asInt()).isBetween(1, completions),
                () -> assertThat(pod.at("/restartPolicy").asText()).isEqualTo("Never"),
                () -> assertThat(pod.at("/containers/0/env/0/valueFrom/fieldRef/fieldPath").asText())
                        .isEqualTo("metadata.annotations['batch.kubernetes.io/job-completion-index']"),
                () -> assertThat(args).containsSubsequence("class", "--shard", "$(JOB_COMPLETION_INDEX)/" + completions)
                        .containsSubsequence("--out", "/class/results/shard-$(JOB_COMPLETION_INDEX)"),
                () -> assertThat(texts(checked.get(MERGE_JOB.toString()).at("/facts/documents/0/spec/template/spec/containers/0/args")))
                        .containsSubsequence(merged(completions)),
                () -> assertThat(policy.at("/kind").asText()).isEqualTo("NetworkPolicy"),
                () -> assertThat(policy.at("/spec/podSelector/matchLabels")).isEqualTo(job.at("/spec/template/metadata/labels")),
                () -> assertThat(texts(policy.at("/spec/policyTypes"))).containsExactly("Ingress", "Egress"),
                () -> assertThat(policy.at("/spec/ingress").isMissingNode() && policy.at("/spec/egress").isMissingNode())
                        .as("no rule lets anything in or out").isTrue());
    }

    @Test
    void theCheckerRejectsFilesThatBreakTheirDefinitions() throws IOException, InterruptedException {
        String workflow = Files.readString(WORKFLOW);
        String job = Files.readString(GRADE_JOB);
        Path failFast = write("fail-fast.yml", workflow.replace("fail-fast: false", "fail-fast: maybe"));
        Path step = write("step.yml", workflow.replaceFirst("    steps:", "    step:"));
        Path expression = write("expression.yml", workflow.replace("${{ strategy.job-total }}", "${{ strategy.job-total }"));
        Path completions = write("completions.yaml", job.replace("completions: 4", "completions: four"));
        Path selector = write("selector.yaml", job.replace("podSelector:", "podSelectr:"));

        Map<String, JsonNode> checked = check(failFast, step, expression, completions, selector);

        assertAll(
                () -> assertThat(checked.values()).allSatisfy(file -> assertThat(file.get("valid").asBoolean()).as("%s", file).isFalse()),
                () -> assertThat(checked.get(failFast.toString()).get("errors").toString()).contains("Unexpected value 'maybe'"),
                () -> assertThat(checked.get(step.toString()).get("errors").toString()).contains("Unexpected value 'step'"),
                () -> assertThat(checked.get(expression.toString()).get("errors").toString()).contains("not closed"),
                () -> assertThat(checked.get(completions.toString()).get("errors").toString()).contains("completions must be integer"),
                () -> assertThat(checked.get(selector.toString()).get("errors").toString()).contains("required property podSelector"));
    }

    /** The merge job's arguments for a class in {@code count} shards. */
    static List<String> merged(int count) {
        List<String> args = new ArrayList<>(List.of("merge"));
        IntStream.range(0, count).forEach(index -> args.add("/class/results/shard-" + index));
        args.addAll(List.of("--out", "/class/results/class"));
        return args;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(work.resolve(name), content);
    }

    /** Runs the checker over the files; each file's result by its path. */
    static Map<String, JsonNode> check(Path... files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", DEPLOY.resolve("check/check.mjs").toString()));
        for (Path file : files) {
            command.add(file.toString());
        }
        Path output = Files.createTempFile("socketlab-check", ".jsonl");
        try {
            Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("the checker did not end within 120 s");
            }
            Map<String, JsonNode> byFile = new TreeMap<>();
            for (String line : Files.readAllLines(output)) {
                JsonNode result = JSON.readTree(line);
                byFile.put(result.get("file").asText(), result);
            }
            assertThat(byFile).as("a result for every file").hasSize(files.length);
            return byFile;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static List<String> runs(JsonNode job) {
        return job.findValuesAsText("run");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<Integer> numbers(JsonNode array) {
        List<Integer> numbers = new ArrayList<>();
        array.forEach(item -> numbers.add(item.asInt()));
        return numbers;
    }
}
