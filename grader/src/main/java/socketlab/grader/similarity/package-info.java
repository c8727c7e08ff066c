/** What a class's work has in common: JPlag over each exercise's files with the kit's stubs taken out, pair by pair. */
package socketlab.grader.similarity;
