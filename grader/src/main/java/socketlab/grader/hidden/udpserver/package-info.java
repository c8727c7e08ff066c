/**
 * The hidden tests of ServerUdpKu (udp-server), the course's UDP server (the seed's {@code recvfrom},
 * {@code recvfrom_into} and {@code sendto}), with the test's own senders on several loopback addresses.
 */
package socketlab.grader.hidden.udpserver;
