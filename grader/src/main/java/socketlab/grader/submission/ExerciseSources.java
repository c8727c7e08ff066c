package socketlab.grader.submission;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import socketlab.grader.course.Exercise;

/**
 * The files of one exercise as found in a submission: its Java sources (one package folder) and its
 * resources by their class-path name (such as {@code socketlab/server/ServerKu.properties}).
 */
public record ExerciseSources(Exercise exercise, Path mainSource, List<Path> javaFiles, Map<String, Path> resources) {

    public ExerciseSources {
        javaFiles = List.copyOf(javaFiles);
        resources = Map.copyOf(resources);
    }
}
