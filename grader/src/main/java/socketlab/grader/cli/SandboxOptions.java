package socketlab.grader.cli;

import socketlab.grader.docker.SandboxImage;
import socketlab.grader.docker.DockerEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import picocli.CommandLine.Option;
import socketlab.grader.course.Problem;
import socketlab.grader.grading.Grader;
import socketlab.grader.grading.GradingRun;
import socketlab.grader.sandbox.ContainerGrader;

import socketlab.grader.sandbox.Limits;


/** Where a submission's programs run, {@code --sandbox process} or {@code container}, and the container's limits. */
final class SandboxOptions {

    @Option(names = "--sandbox", defaultValue = "process", paramLabel = "<process|container>", descriptionKey = "sandbox")
    String sandbox;

    @Option(names = "--image", paramLabel = "<name>", descriptionKey = "image")
    String image;

    @Option(names = "--memory-limit", defaultValue = "1024", paramLabel = "<MiB>", descriptionKey = "memoryLimit")
    int memoryMiB;

    @Option(names = "--cpu-limit", defaultValue = "1.0", paramLabel = "<cpus>", descriptionKey = "cpuLimit")
    double cpus;

    @Option(names = "--process-limit", defaultValue = "256", paramLabel = "<n>", descriptionKey = "processLimit")
    int processes;

    @Option(names = "--disk-limit", defaultValue = "64", paramLabel = "<MiB>", descriptionKey = "diskLimit")
    int diskMiB;

    @Option(names = "--output-limit", defaultValue = "1024", paramLabel = "<KiB>", descriptionKey = "outputLimit")
    int outputKiB;

    /** Set by the grader outside on the grader inside a container: the programs run as the student's user. */
    @Option(names = "--sandboxed", hidden = true)
    boolean sandboxed;

    /** The user the programs run as inside that container, one of its own. */
    @Option(names = "--student-uid", hidden = true, defaultValue = "" + SandboxImage.STUDENT_UID)
    int studentUid;

    /** Whether each submission is graded in a container; refuses a value that is neither mode. */
    boolean inContainer() {
        if (!sandbox.equals("process") && !sandbox.equals("container")) {
            throw new Problem("sandbox.unknown", sandbox);
        }
        if (memoryMiB < 256 || cpus <= 0 || processes < 32 || diskMiB < 1 || outputKiB < 1) {
            throw new Problem("sandbox.limits");
        }
        return sandbox.equals("container");
    }

    Limits limits() {
        return new Limits(memoryMiB, cpus, processes, diskMiB, outputKiB);
    }

    /** The grader inside a container starts the programs as the student's user, on the programs' runtime. */
    Grader inside(Grader grader) {
        return sandboxed ? grader.in(GradingRun.Scope.THIS_HOST).withPrograms(new Grader.Programs(Path.of(SandboxImage.PROGRAM_JAVA),
                Path.of("/scratch"), limits().runAs(studentUid))) : grader;
    }

    /**
     * Inside a container, the work folder (the programs' classes and hosts file) must be readable by the student's
     * user, as a temporary folder is not; it holds nothing of the grader's.
     */
    Path openToPrograms(Path work) throws IOException {
        if (sandboxed) {
            Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return work;
    }

    /**
     * A container grader whose grader inside speaks {@code lang} and runs {@code jobs} tests at once within
     * {@code timeLimitSeconds}: the engine must answer, and the image is built here unless {@code --image} names one.
     */
    ContainerGrader containers(Path kitExercises, Path work, String lang, int jobs, int timeLimitSeconds) throws IOException {
        DockerEngine.require();
        String name = image != null ? image : SandboxImage.ensure(work.resolve("image"));
        return new ContainerGrader(name, kitExercises, work, limits(), List.of("--lang", lang, "--jobs", String.valueOf(jobs),
                "--time-limit", String.valueOf(timeLimitSeconds)));
    }
}
