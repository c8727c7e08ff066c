/** The hidden tests of ServerKu (server), the port of the seed's {@code serverku.py}, against a scripted client. */
package socketlab.grader.hidden.server;
