/** The hidden tests of DetailPaket (packet-detail), the seed's other socket family, {@code PF_PACKET}: reading a capture. */
package socketlab.grader.hidden.packetdetail;
