package socketlab.grader.similarity;

import java.util.List;
import socketlab.grader.course.Exercise;

/**
 * One exercise of a class compared: its pairs, highest similarity first, and the students whose work was handed in but
 * compared with nobody (JPlag cannot parse it, so it does not compile, or it is shorter than one match; or no classmate's
 * could be compared), by id.
 */
public record Compared(Exercise exercise, List<SimilarPair> pairs, List<String> leftOut) {
    public Compared {
        pairs = List.copyOf(pairs);
        leftOut = List.copyOf(leftOut);
    }
}
