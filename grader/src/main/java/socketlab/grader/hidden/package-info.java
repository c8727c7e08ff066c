/** The hidden tests, one package per exercise: black-box tests of the submission's programs over real sockets. */
package socketlab.grader.hidden;
