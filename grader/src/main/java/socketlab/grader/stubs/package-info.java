/** The kit's stubs made from the solutions, and the given files copied into each exercise module ({@code StubSync}). */
package socketlab.grader.stubs;
