/**
 * The scorecard written for people and platforms: the grading platforms listed once ({@code Platform}), each with its
 * adapter, the one writer of a grading's folder ({@code ReportFiles}), the terminal, and the saved {@code scorecard.json}.
 */
package socketlab.grader.report;
