/** The hidden tests of ClientKu (client), the port of the seed's {@code clientku.py}, against a scripted server. */
package socketlab.grader.hidden.client;
