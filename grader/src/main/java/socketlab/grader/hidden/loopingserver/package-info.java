/**
 * The hidden tests of ServerKu2 (looping-server), the port of the seed's {@code serverku2.py}, with several
 * scripted clients.
 */
package socketlab.grader.hidden.loopingserver;
