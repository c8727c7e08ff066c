/**
 * What the hidden tests stand on: the submission's programs run as processes, scripted peers that hold, release
 * and split what they send, and the verdicts and transcripts they give.
 */
package socketlab.grader.harness;
