package socketlab.grader.report;

import java.util.Map;
import socketlab.grader.course.Lang;
import socketlab.grader.result.Scorecard;
import socketlab.grader.result.Student;

/**
 * What every platform's adapter makes its output from: a submission's scorecard, whose work it was, the run's language,
 * and the environment the grader runs in (a platform's settings, such as VPL's grade range; empty for a class's students).
 */
public record GradedWork(Scorecard card, Student student, Lang lang, Map<String, String> environment) {
    public GradedWork {
        environment = Map.copyOf(environment);
    }
}
