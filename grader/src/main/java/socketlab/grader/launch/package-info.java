/**
 * Starting a submission's programs as separate processes, with limits, and watching them: their lines, sockets,
 * threads and end.
 */
package socketlab.grader.launch;
