/**
 * A grading's results, the model every writer reads: each test's {@code Outcome} and a submission's {@code Scorecard}.
 * It sits below the engine that makes them ({@code grading}) and the writers that read them ({@code report},
 * {@code batch}, the handouts), and depends on the course's vocabulary alone.
 */
package socketlab.grader.result;
