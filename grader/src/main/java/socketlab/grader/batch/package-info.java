/**
 * Grading a whole class: its folder of submissions, the roster, several submissions at once, the gradebook and the
 * class report.
 */
package socketlab.grader.batch;
