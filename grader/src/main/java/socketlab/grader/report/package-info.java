/**
 * The scorecard written for people and platforms: the terminal, {@code scorecard.md}, {@code results.json}
 * (Gradescope), CSV, and the saved {@code scorecard.json}.
 */
package socketlab.grader.report;
