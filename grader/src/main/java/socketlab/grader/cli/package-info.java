/**
 * The grader's command line (picocli): {@code grade}, {@code class}, the hidden command a sandbox runs, and the
 * entry points of {@code mvn verify}.
 */
package socketlab.grader.cli;
