/** The hidden tests of DetailSocket (address-detail), the port of the seed's {@code detailsocket.py}. */
package socketlab.grader.hidden.addressdetail;
