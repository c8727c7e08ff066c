/**
 * The hidden tests of AlamatLain (other-addresses), the seed's practicum: servers and clients on other addresses,
 * and on other hosts in containers.
 */
package socketlab.grader.hidden.otheraddresses;
