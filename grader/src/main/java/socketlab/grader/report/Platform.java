package socketlab.grader.report;

/**
 * The grading platforms the grader serves, listed once, each with its adapter: {@link ReportFiles} writes every
 * platform's files for a grading ({@code grade --out} and each student of {@code class} alike), and {@code grade --format}
 * chooses the one that reads stdout. Each platform's scripts and bundle are in {@code grader/platforms/<name>/}; the
 * instructor guides' "Add a platform" says the rest.
 */
public enum Platform {
    /** Gradescope reads {@code results.json}, its autograder format. */
    GRADESCOPE(Adapter.file(GradescopeReport.NAME, GradescopeReport::of)),
    /** PrairieLearn's grading script copies {@code prairielearn.json} to {@code /grade/results/results.json}. */
    PRAIRIELEARN(Adapter.file(PrairieLearnReport.NAME, PrairieLearnReport::of)),
    /** CI systems (GitHub Actions, GitLab CI, Jenkins) read {@code junit.xml}. */
    JUNIT_XML(Adapter.file(JUnitXmlReport.NAME, JUnitXmlReport::of)),
    /** CodeGrade reads a copy of {@code junit.xml} where {@code CG_JUNIT_XML_LOCATION} says. */
    CODEGRADE(new CodeGradeCopy()),
    /** GitHub (Classroom, Actions) shows {@code scorecard.md} as a job summary or a pull-request comment. */
    GITHUB(Adapter.file(ScorecardTables.MARKDOWN, (card, lang) -> new ScorecardTables(lang).markdown(card))),
    /** A spreadsheet opens {@code scorecard.csv}, a row per test. */
    SPREADSHEET(Adapter.file(ScorecardTables.CSV, (card, lang) -> new ScorecardTables(lang).csv(card))),
    /** The student reads {@code feedback.<lang>.html} (and its Markdown), in either language. */
    FEEDBACK(new FeedbackPages()),
    /** Moodle VPL reads an evaluation's stdout: a comment block, then {@code Grade :=>>}. */
    MOODLE_VPL(new VplReport.OnStdout()),
    /** Autolab reads the last line of stdout, its autoresult. */
    AUTOLAB(new AutolabReport.OnStdout());

    private final Adapter adapter;

    Platform(Adapter adapter) {
        this.adapter = adapter;
    }

    /** This platform's adapter. */
    public Adapter adapter() {
        return adapter;
    }
}
