/**
 * The hidden tests of ServerKu3 (concurrent-server): the seed's serverku2.py made concurrent, every client served at
 * once, proven by the test's own peers (one holds its answer while another is served) and by the program's own
 * sockets and threads in {@code /proc}, never by sleeps.
 */
package socketlab.grader.hidden.concurrentserver;
