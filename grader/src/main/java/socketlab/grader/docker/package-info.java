/**
 * The Docker engine seen through Testcontainers: the hardened container recipe, the sandbox image, the project's
 * own networks and programs run in containers.
 */
package socketlab.grader.docker;
