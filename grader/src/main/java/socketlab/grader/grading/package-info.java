/**
 * Grading one submission: the settings of a run, the hidden tests run through the JUnit Platform, their outcomes,
 * the quiz, and the scorecard.
 */
package socketlab.grader.grading;
