package socketlab.grader.grading;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import socketlab.grader.course.Status;
import socketlab.grader.course.Text;
import socketlab.grader.harness.Graded;
import socketlab.grader.harness.verdict.NotJudged;

/**
 * How a test that needed a behaviour ends when the behaviour failed ({@link NotJudged}): in a test that judges it (every
 * one of the words the verdict names: where they are several, the cause may lie in any; or where no test judges them),
 * a plain failure (or crash) with its reason and the test's own section; in any other, "not judged", 0 points, with the reason,
 * the name of the test that judges the behaviour (its exercise's first, by order) and that test's section.
 */
final class Judging {
    private Judging() {
    }

    /** The status, reason, section and needed behaviour the outcome of {@code method} shows for this verdict. */
    static Judged of(Method method, NotJudged verdict) {
        Graded own = method.getAnnotation(Graded.class);
        Optional<Method> judge = judgeOf(method.getDeclaringClass(), verdict.behaviours());
        if (judge.isEmpty() || Arrays.asList(own.judges()).containsAll(verdict.behaviours())) {
            return new Judged(verdict.asFailure(), verdict.reason(), own.section(), List.of());
        }
        Graded other = judge.get().getAnnotation(Graded.class);
        Text reason = new Text(verdict.reason().en() + "; without it this test cannot judge its own subject: \"" + other.en()
                + "\" judges that", verdict.reason().id() + "; tanpa itu tes ini tidak dapat menilai pokoknya sendiri: \""
                + other.id() + "\" yang menilainya");
        return new Judged(Status.NOT_JUDGED, reason, other.section(), verdict.behaviours());
    }

    /**
     * The hidden test that judges the behaviours: one that judges them all before one that judges some, one of this
     * class's before the course's others, the first by its order.
     */
    static Optional<Method> judgeOf(Class<?> testClass, List<String> behaviours) {
        List<Method> judges = Stream.concat(Arrays.stream(testClass.getDeclaredMethods()), GradingRun.hiddenTests().stream())
                .filter(test -> test.isAnnotationPresent(Graded.class))
                .filter(test -> Arrays.stream(test.getAnnotation(Graded.class).judges()).anyMatch(behaviours::contains)).toList();
        Comparator<Method> order = Comparator.comparing((Method test) -> !Arrays.asList(test.getAnnotation(Graded.class).judges())
                        .containsAll(behaviours))
                .thenComparing((Method test) -> test.getDeclaringClass() != testClass)
                .thenComparingInt(test -> test.isAnnotationPresent(Order.class) ? test.getAnnotation(Order.class).value() : Integer.MAX_VALUE);
        return judges.stream().min(order);
    }

    /** What the outcome shows. */
    record Judged(Status status, Text reason, String section, List<String> needed) {
    }
}
