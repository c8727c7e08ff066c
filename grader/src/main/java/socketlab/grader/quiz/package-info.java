/**
 * The quiz: its questions per exercise, a submission's {@code quiz.txt} read as an answer sheet, and the reference
 * answers.
 */
package socketlab.grader.quiz;
