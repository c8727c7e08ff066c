package socketlab.handouts;

import java.util.ArrayList;
import java.util.List;
import socketlab.grader.course.Exercise;

/**
 * A chapter of the handout, {@code <lang>/<file>.md}: the introduction and the methods, then one chapter per
 * exercise, named as the exercise and in the course's order ({@link Exercise}), then the practicum.
 */
public record Chapter(String file) {

    /** Every chapter, in reading order. */
    public static List<Chapter> all() {
        List<Chapter> chapters = new ArrayList<>(List.of(new Chapter("intro"), new Chapter("methods")));
        exercises().forEach(exercise -> chapters.add(new Chapter(exercise)));
        chapters.add(new Chapter("practicum"));
        return chapters;
    }

    /** The exercises' chapters, which have diagrams, transcripts and excerpts: the exercises' names. */
    public static List<String> exercises() {
        return List.of(Exercise.values()).stream().map(Exercise::module).toList();
    }
}
