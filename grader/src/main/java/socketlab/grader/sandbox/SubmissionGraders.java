package socketlab.grader.sandbox;

import java.io.IOException;
import java.nio.file.Path;
import socketlab.grader.docker.DockerEngine;
import socketlab.grader.docker.SandboxImage;
import socketlab.grader.grading.Grader;
import socketlab.grader.grading.Settings;
import socketlab.grader.grading.SubmissionGrader;

/** The one place where the way a submission is graded is chosen, from its settings: as processes here, or in a container of its own. */
public final class SubmissionGraders {

    private SubmissionGraders() {
    }

    /**
     * The grader the settings ask for. In container mode, a Docker engine must answer (else one line and exit code
     * 2, never process mode instead), and the sandbox's image is built in {@code imageWork} unless the settings
     * name one.
     */
    public static SubmissionGrader of(Settings settings, Path kitExercises, Path imageWork) throws IOException {
        if (settings.sandbox() == Settings.Sandbox.PROCESS) {
            return new Grader(kitExercises, settings);
        }
        DockerEngine.require();
        String image = settings.image().isPresent() ? settings.image().get() : SandboxImage.ensure(imageWork);
        return new ContainerGrader(image, kitExercises, settings);
    }

    /**
     * The grader the settings ask for, for a whole class: as {@link #of}, and in container mode the sandboxes share the
     * grader's classes, archived by the first of them in {@code work} ({@link GraderClassArchive}).
     */
    public static SubmissionGrader forClass(Settings settings, Path kitExercises, Path work) throws IOException {
        SubmissionGrader grader = of(settings, kitExercises, work.resolve("image"));
        return grader instanceof ContainerGrader sandboxed ? sandboxed.withClassArchiveIn(work.resolve("classes")) : grader;
    }
}
