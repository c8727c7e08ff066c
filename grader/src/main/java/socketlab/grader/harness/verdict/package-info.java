/** Why a hidden test did not pass, in protocol terms and both languages, and the transcript of what happened. */
package socketlab.grader.harness.verdict;
