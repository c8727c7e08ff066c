package socketlab.grader.similarity;

import java.util.List;
import socketlab.grader.course.Exercise;

/**
 * Two students' work on one exercise and how much of it is the same once the kit's stubs are taken out: evidence for a
 * person to read, never a grade (identical correct answers to a small gap are expected).
 *
 * @param percent the share of both students' tokens in matches, 0 to 100 (JPlag's average similarity)
 * @param matches the passages that match, in the first student's order
 */
public record SimilarPair(Exercise exercise, String first, String second, double percent, List<Passage> matches) {
    public SimilarPair {
        matches = List.copyOf(matches);
    }

    /**
     * One matching passage: a file and its lines (first to last, counted from 1) in each student's work, and those lines'
     * text, for a person to read side by side.
     */
    public record Passage(String firstFile, int firstFrom, int firstTo, String secondFile, int secondFrom, int secondTo,
            List<String> firstText, List<String> secondText) {
        public Passage {
            firstText = List.copyOf(firstText);
            secondText = List.copyOf(secondText);
        }
    }
}
