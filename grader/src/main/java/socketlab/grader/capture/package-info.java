/**
 * The capture of a sandbox's traffic, for feedback: tcpdump in a container of its own that makes the sandbox's network
 * namespace, what of it each test's own is (its windows and ports, from the grader inside), and each lost test's own
 * packets cut out of it into a pcap file its scorecard links.
 */
package socketlab.grader.capture;
