/**
 * The hidden tests of ServerPesanKu (framed-server): many messages on one TCP stream, each framed by a 4-byte
 * length (the seed's {@code recv_into} and {@code sendall}), with the test deciding where the stream is cut.
 */
package socketlab.grader.hidden.framedserver;
