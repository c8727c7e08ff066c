/**
 * What the hidden tests stand on, as JUnit sees it: the extension that gives each test its {@link
 * socketlab.grader.harness.Subject}, the {@link socketlab.grader.harness.Graded} points and words, the checks every
 * exercise shares. Below it: the wire tools ({@code wire}), the program under test ({@code program}) and the verdicts
 * ({@code verdict}), each layer using only those below it.
 */
package socketlab.grader.harness;
