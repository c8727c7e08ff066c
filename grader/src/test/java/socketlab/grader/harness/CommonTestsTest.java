package socketlab.grader.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import socketlab.grader.grading.GradingRun;

/**
 * A check several exercises share ({@link CommonTests}) is worth the same and named the same in each: every hidden test
 * whose method is named after a common check, or whose name is a common check's, has that check's points and words.
 */
final class CommonTestsTest {
    private record Common(int points, String en, String id) {
    }

    private static final Map<String, Common> BY_METHOD = Map.of(
            "reportsAnUnknownHost", new Common(CommonTests.UNKNOWN_HOST_POINTS, CommonTests.UNKNOWN_HOST_EN, CommonTests.UNKNOWN_HOST_ID),
            "reportsAPortInUse", new Common(CommonTests.PORT_IN_USE_POINTS, CommonTests.PORT_IN_USE_EN, CommonTests.PORT_IN_USE_ID),
            "stopsCleanlyOnSigterm", new Common(CommonTests.SIGTERM_POINTS, CommonTests.SIGTERM_EN, CommonTests.SIGTERM_ID));

    @Test
    void everyTestOfACommonCheckHasItsPointsAndWords() {
        List<Method> common = GradingRun.hiddenTests().stream()
                .filter(test -> BY_METHOD.containsKey(test.getName()) || BY_METHOD.values().stream()
                        .anyMatch(check -> check.en().equals(test.getAnnotation(Graded.class).en())))
                .toList();
        assertThat(common).as("the hidden tests of the common checks").hasSizeGreaterThanOrEqualTo(BY_METHOD.size() + 4);
        assertThat(common).allSatisfy(test -> {
            Graded graded = test.getAnnotation(Graded.class);
            Common check = BY_METHOD.get(test.getName());
            assertThat(check).as("%s.%s has a common check's name, %s, under a method name of its own", test.getDeclaringClass()
                    .getSimpleName(), test.getName(), graded.en()).isNotNull();
            assertThat(new Common(graded.points(), graded.en(), graded.id())).as("%s.%s", test.getDeclaringClass().getSimpleName(),
                    test.getName()).isEqualTo(check);
        });
    }
}
