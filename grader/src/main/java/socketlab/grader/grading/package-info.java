/**
 * Grading one submission: the settings of a run, the hidden tests run through the JUnit Platform and the quiz, making
 * the results ({@code result}: each test's outcome, the scorecard).
 */
package socketlab.grader.grading;
