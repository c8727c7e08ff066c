#!/usr/bin/env python3
"""Writes the crafted captures of the packet-detail exercise, one file for each trap a pcap decoder meets
(../shared/notes/packet-layer.md, section 2.4): byte orders and nanoseconds, link types, IPv4 options and fragments,
IPv6 extension headers, 40-byte SYN headers, VLAN tags, truncated and malformed records, and files that are no pcap.

    python3 grader/captures/craft.py OUTPUT_FOLDER

Every byte is written here, with no clock and no randomness: the same script writes the same files anywhere.
"""
import os
import struct
import sys

MICRO, NANO = 0xA1B2C3D4, 0xA1B23C4D
ETHERNET, RAW, SLL, SLL2, NULL, LOOP = 1, 101, 113, 276, 0, 108
MAC_A, MAC_B = bytes.fromhex("0242ac110002"), bytes.fromhex("0242ac110003")
T0 = 1_700_000_000


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def ip4(text):
    return bytes(int(part) for part in text.split("."))


def ip6(text):
    import ipaddress
    return ipaddress.IPv6Address(text).packed


def ipv4(src, dst, proto, payload, options=b"", offset=0, more=False, ident=1, total=None):
    ihl = 5 + len(options) // 4
    flags = (0x2000 if more else 0) | (offset // 8)
    length = total if total is not None else ihl * 4 + len(payload)
    header = struct.pack("!BBHHHBBH4s4s", 0x40 | ihl, 0, length, ident, flags, 64, proto, 0, ip4(src), ip4(dst)) + options
    header = header[:10] + struct.pack("!H", checksum(header)) + header[12:]
    return header + payload


def ipv6(src, dst, next_header, payload):
    return struct.pack("!IHBB16s16s", 0x60000000, len(payload), next_header, 64, ip6(src), ip6(dst)) + payload


def tcp(sport, dport, seq, ack, flags, data=b"", options=b""):
    offset = (20 + len(options)) // 4
    return struct.pack("!HHIIBBHHH", sport, dport, seq, ack, offset << 4, flags, 65495, 0, 0) + options + data


def udp(sport, dport, data):
    return struct.pack("!HHHH", sport, dport, 8 + len(data), 0) + data


def ethernet(ether_type, payload, tags=()):
    frame = MAC_B + MAC_A
    for tpid, vid in tags:
        frame += struct.pack("!HH", tpid, vid)
    return frame + struct.pack("!H", ether_type) + payload


def pcap(path, records, link=ETHERNET, order=">", magic=MICRO, snap=262144):
    with open(path, "wb") as out:
        out.write(struct.pack(order + "IHHiiII", magic, 2, 4, 0, 0, snap, link))
        for i, record in enumerate(records):
            data, original = (record, len(record)) if isinstance(record, bytes) else record
            fraction = (i + 1) * (1000 if magic == NANO else 1)
            out.write(struct.pack(order + "IIII", T0 + i, fraction, len(data), original))
            out.write(data)


SYN_OPTIONS = bytes.fromhex("020405b40402080a000000010000000001030307")  # mss, sackOK, timestamps, nop, wscale: 20 bytes
TS_OPTIONS = bytes.fromhex("0101080a0000000200000001")  # nop, nop, timestamps: 12 bytes


def conversation(src="10.0.0.1", dst="10.0.0.2"):
    """A TCP connection: handshake (40-byte SYN headers), a greeting, an answer, both FINs."""
    greeting, answer = b" Selamat Anda Sudah Terhubung dengan ServerKu\n", b"Client: Hai ServerKu\n"
    c, s = 1000, 5000
    return [
        ipv4(src, dst, 6, tcp(40000, 40123, c, 0, 0x02, options=SYN_OPTIONS)),
        ipv4(dst, src, 6, tcp(40123, 40000, s, c + 1, 0x12, options=SYN_OPTIONS)),
        ipv4(src, dst, 6, tcp(40000, 40123, c + 1, s + 1, 0x10, options=TS_OPTIONS)),
        ipv4(dst, src, 6, tcp(40123, 40000, s + 1, c + 1, 0x18, greeting, TS_OPTIONS)),
        ipv4(src, dst, 6, tcp(40000, 40123, c + 1, s + 1 + len(greeting), 0x18, answer, TS_OPTIONS)),
        ipv4(src, dst, 6, tcp(40000, 40123, c + 1 + len(answer), s + 1 + len(greeting), 0x11, options=TS_OPTIONS)),
        ipv4(dst, src, 6, tcp(40123, 40000, s + 1 + len(greeting), c + 2 + len(answer), 0x11, options=TS_OPTIONS)),
        ipv4(src, dst, 6, tcp(40000, 40123, c + 2 + len(answer), s + 2 + len(greeting), 0x10, options=TS_OPTIONS)),
    ]


def main(folder):
    os.makedirs(folder, exist_ok=True)
    at = lambda name: os.path.join(folder, name)
    hello = ipv4("10.0.0.1", "10.0.0.2", 17, udp(40001, 40124, b"hallo!"))
    # byte orders and time units
    pcap(at("big-endian-micro.pcap"), [ethernet(0x0800, hello)], order=">")
    pcap(at("little-endian-micro.pcap"), [ethernet(0x0800, hello)], order="<")
    pcap(at("big-endian-nano.pcap"), [ethernet(0x0800, hello)], order=">", magic=NANO)
    pcap(at("little-endian-nano.pcap"), [ethernet(0x0800, hello)], order="<", magic=NANO)
    # a whole TCP conversation, 40-byte SYN headers and 32-byte data headers
    pcap(at("tcp-conversation.pcap"), [ethernet(0x0800, packet) for packet in conversation()])
    # a reset
    pcap(at("tcp-reset.pcap"), [ethernet(0x0800, ipv4("10.0.0.1", "10.0.0.2", 6, tcp(40000, 40123, 1, 0, 0x02))),
                                ethernet(0x0800, ipv4("10.0.0.2", "10.0.0.1", 6, tcp(40123, 40000, 0, 2, 0x14)))])
    # IPv4 options: a 24-byte header
    pcap(at("ipv4-options.pcap"), [ethernet(0x0800, ipv4("10.0.0.1", "10.0.0.2", 17, udp(40001, 40124, b"opsi"),
                                                          options=b"\x01\x01\x01\x01"))])
    # fragments: a 3000-byte datagram in three pieces; only the first has the UDP header
    datagram = udp(41003, 41001, bytes(range(256)) * 11 + bytes(184))
    pieces = [(0, datagram[:1480], True), (1480, datagram[1480:2960], True), (2960, datagram[2960:], False)]
    pcap(at("ipv4-fragments.pcap"), [ethernet(0x0800, ipv4("10.200.0.1", "10.200.0.2", 17, piece, offset=offset, more=more, ident=7))
                                     for offset, piece, more in pieces])
    # IPv6 extension headers: Hop-by-Hop, then a Fragment header (the first fragment), then UDP
    hop_by_hop = bytes([44, 0]) + bytes.fromhex("010400000000")  # next: Fragment, length 0 (8 bytes), PadN
    first = udp(41005, 41001, b"enam")
    fragment = struct.pack("!BBHI", 17, 0, 0 | 1, 99)  # next: UDP, offset 0, more fragments
    pcap(at("ipv6-extension-headers.pcap"), [ethernet(0x86DD, ipv6("fd00:4::1", "fd00:4::2", 0, hop_by_hop + fragment + first)),
                                             ethernet(0x86DD, ipv6("fd00:4::1", "fd00:4::2", 44,
                                                                   struct.pack("!BBHI", 17, 0, 1448, 99) + b"sisa"))])
    # VLAN tags: 802.1Q, and 802.1ad over 802.1Q
    lldp = ethernet(0x88CC, bytes.fromhex("0207040242ac1100020403030001") + bytes(2))  # an EtherType DetailPaket does not read
    pcap(at("vlan.pcap"), [ethernet(0x0800, hello, tags=[(0x8100, 42)]),
                           ethernet(0x0800, hello, tags=[(0x88A8, 100), (0x8100, 42)]), lldp])
    # Linux cooked captures (tcpdump -i any): SLL (old tcpdump) and SLL2 (4.99 and later)
    sll = struct.pack("!HHH8sH", 0, 772, 6, bytes(8), 0x0800) + hello
    sll2 = struct.pack("!HHiHBB8s", 0x0800, 0, 1, 772, 4, 6, bytes(8)) + hello
    cooked = lambda kind: struct.pack("!HHH8sH", kind, 1, 6, MAC_A + bytes(2), 0x0800) + hello  # broadcast, multicast, another host's
    pcap(at("linux-sll.pcap"), [sll, cooked(1), cooked(2), cooked(3)], link=SLL)
    pcap(at("linux-sll2.pcap"), [sll2], link=SLL2)
    # raw IP, IPv4 and IPv6; BSD loopback in the capturing host's order (little) and LOOP in network order
    hello6 = ipv6("::1", "::1", 17, udp(40001, 40124, b"hai6"))
    pcap(at("raw-ip.pcap"), [hello, hello6], link=RAW)
    pcap(at("bsd-loopback.pcap"), [struct.pack("<I", 2) + hello, struct.pack("<I", 30) + hello6], link=NULL)
    pcap(at("openbsd-loop.pcap"), [struct.pack(">I", 2) + hello], link=LOOP)
    # ICMP: echo request and reply, and a port unreachable quoting the datagram
    echo = lambda kind: ipv4("127.0.0.1", "127.0.0.1", 1, struct.pack("!BBHHH", kind, 0, 0, 0x1234, 1) + b"pingpong")
    unreachable = ipv4("127.0.0.1", "127.0.0.1", 1, struct.pack("!BBHI", 3, 3, 0, 0) + hello[:28])
    exceeded = ipv4("10.0.0.254", "10.0.0.1", 1, struct.pack("!BBHI", 11, 0, 0, 0) + hello[:28])  # time exceeded: another message
    pcap(at("icmp.pcap"), [ethernet(0x0800, echo(8)), ethernet(0x0800, echo(0)), ethernet(0x0800, unreachable),
                           ethernet(0x0800, exceeded)])
    # ARP: a request and its reply
    arp = lambda op, sha, spa, tha, tpa: struct.pack("!HHBBH6s4s6s4s", 1, 0x0800, 6, 4, op, sha, ip4(spa), tha, ip4(tpa))
    pcap(at("arp.pcap"), [ethernet(0x0806, arp(1, MAC_A, "10.200.0.1", bytes(6), "10.200.0.2")),
                          ethernet(0x0806, arp(2, MAC_B, "10.200.0.2", MAC_A, "10.200.0.1"))])
    # truncated by the snap length: 60 bytes kept of a 1514-byte frame
    big = ethernet(0x0800, ipv4("10.200.0.1", "10.200.0.2", 17, udp(41003, 41001, bytes(1472))))
    pcap(at("snap-length-60.pcap"), [(big[:60], len(big)), (big[:40], len(big))], snap=60)
    # malformed records: more kept than the packet had, more than the snap length; then a good one
    short = ethernet(0x0800, bytes([0x4F]) + hello[1:20])  # whole as captured, but its IHL claims a 60-byte header
    pcap(at("bad-lengths.pcap"), [(ethernet(0x0800, hello), 10), (ethernet(0x0800, hello) + bytes(100), 200),
                                  ethernet(0x0800, hello), short], snap=100)
    pcap(at("unknown-link-type.pcap"), [hello], link=147)  # a user link type: no header DetailPaket knows
    # a record longer than the file
    with open(at("ends-inside-a-record.pcap"), "wb") as out:
        out.write(struct.pack(">IHHiiII", MICRO, 2, 4, 0, 0, 262144, ETHERNET))
        out.write(struct.pack(">IIII", T0, 1, 200, 200) + ethernet(0x0800, hello))
    # a file that ends inside its header, one that ends inside a record's header, one whose record claims 20 MiB
    with open(at("ends-inside-the-header.pcap"), "wb") as out:
        out.write(struct.pack(">IHH", MICRO, 2, 4))
    with open(at("ends-inside-a-record-header.pcap"), "wb") as out:
        out.write(struct.pack(">IHHiiII", MICRO, 2, 4, 0, 0, 262144, ETHERNET) + struct.pack(">II", T0, 1))
    with open(at("claims-20-mib.pcap"), "wb") as out:
        out.write(struct.pack(">IHHiiII", MICRO, 2, 4, 0, 0, 262144, ETHERNET))
        out.write(struct.pack(">IIII", T0, 1, 20 << 20, 20 << 20) + ethernet(0x0800, hello))
    # files that are no pcap: pcapng, empty, another magic
    with open(at("wireshark.pcapng"), "wb") as out:
        out.write(struct.pack("<IIIHHq", 0x0A0D0D0A, 28, 0x1A2B3C4D, 1, 0, -1) + struct.pack("<I", 28))
    open(at("empty.pcap"), "wb").close()
    with open(at("not-a-capture.pcap"), "wb") as out:
        out.write(b"Hai ServerKu, ini bukan capture\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
