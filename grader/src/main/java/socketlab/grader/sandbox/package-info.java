/**
 * Container mode: each submission graded by the grader inside a hardened container of its own, with no network and
 * with limits.
 */
package socketlab.grader.sandbox;
