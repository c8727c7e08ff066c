package socketlab.grader.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import socketlab.grader.capture.TrafficFile;
import socketlab.grader.docker.SandboxImage;
import socketlab.grader.grading.Grader;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.grading.Settings;
import socketlab.grader.report.ScorecardFile;
import socketlab.grader.result.Scorecard;
import socketlab.grader.sandbox.ContainerGrader;
import socketlab.grader.submission.BuildsFile;

/**
 * The grader inside a sandbox container (hidden: {@link ContainerGrader} runs it, no person does): grades the
 * tests of this host with the settings the grader outside rendered as options, the programs started as the
 * student's user on the programs' runtime, and leaves the scorecard in its result folder as {@link ScorecardFile}, with
 * what it compiled ({@link BuildsFile}), which the tests on other hosts outside run.
 */
@Command(name = ContainerGrader.INSIDE, hidden = true, resourceBundle = "socketlab.grader.cli.SandboxedCommand")
final class SandboxedCommand implements Callable<Integer> {
    /** The programs' only writable folder in the sandbox, also their temporary folder. */
    private static final Path SCRATCH = Path.of("/scratch");

    @Parameters(index = "0", paramLabel = "<submission>", descriptionKey = "submission")
    Path submission;

    @Option(names = "--repository", required = true, descriptionKey = "repository")
    Path repository;

    @Option(names = "--work", required = true, descriptionKey = "work")
    Path workFolder;

    @Option(names = "--out", required = true, descriptionKey = "out")
    Path out;

    @Option(names = "--student-uid", required = true, descriptionKey = "studentUid")
    int studentUid;

    @Mixin
    GradingOptions grading;

    @Override
    public Integer call() throws IOException {
        Settings asked = grading.settings();
        Settings settings = asked.withScope(GradingRun.Scope.THIS_HOST)
                .withPrograms(new Settings.Programs(Path.of(SandboxImage.PROGRAM_JAVA), SCRATCH, asked.limits().runAs(studentUid)));
        // the programs' classes and hosts file are read by the student's user, as a temporary folder is not: nothing of the grader's is there
        Path work = Files.createTempDirectory(Files.createDirectories(workFolder), "grading-");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        Grader grader = new Grader(repository.resolve("exercises"), settings);
        Grader.Prepared prepared = grader.prepare(submission, work);
        Files.createDirectories(out);
        Scorecard card = grader.run(submission.toString(), prepared, work, traffic -> {
            try {
                TrafficFile.write(traffic, out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write what of a capture each test's own is", e);
            }
        });
        BuildsFile.write(prepared.builds(), Files.createDirectories(out));
        ScorecardFile.write(card, out);
        return 0;
    }
}
