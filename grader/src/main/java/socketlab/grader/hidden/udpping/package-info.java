/**
 * The hidden tests of PingKu (udp-ping), the course's UDP pinger (the seed's {@code sendto}, {@code recvfrom} and
 * {@code settimeout}), against the test's own server, which chooses what to lose, delay or repeat.
 */
package socketlab.grader.hidden.udpping;
