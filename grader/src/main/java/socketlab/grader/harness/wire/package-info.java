/**
 * The hidden tests' own ends of the wire, one tool per protocol: peers that connect, accept, hold, split, frame and
 * drop what they send, and judge who answered by the program's own sockets.
 */
package socketlab.grader.harness.wire;
