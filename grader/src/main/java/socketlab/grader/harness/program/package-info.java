/**
 * The program under test: a run of the submission's program as its own process or container, its waits (each
 * bounded, each ending in a verdict), how it ended, and the hosts and names it runs with.
 */
package socketlab.grader.harness.program;
