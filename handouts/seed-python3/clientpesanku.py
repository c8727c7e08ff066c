# clientpesanku.py: not from the lab module but the course's own, written in its style (Python 3) for the
# framed-server exercise: three messages, each framed by its length (4 bytes, big-endian), then the end of its
# side, then ServerPesanKu's answers and its file. Optional arguments: host and port.
import socket
import struct
import sys
import zlib


def recvall(s, n):
    data = bytearray()
    while len(data) < n:
        part = s.recv(n - len(data))
        if not part:
            raise EOFError("the connection ended after %d of %d bytes" % (len(data), n))
        data += part
    return bytes(data)


host = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1"
port = int(sys.argv[2]) if len(sys.argv) > 2 else 12345
messages = ["Hai ServerPesanKu, ClientPesanKu ingin berkomunikasi".encode("utf-8"), b"", b"\x00\n\r\xff\x00"]
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect((host, port))
for message in messages:
    s.sendall(struct.pack(">i", len(message)) + message)
    print("Sent %d bytes" % len(message))
s.shutdown(socket.SHUT_WR)
for message in messages:
    if message:
        length = struct.unpack(">i", recvall(s, 4))[0]
        print("Server: " + recvall(s, length).decode("ascii"))
length = struct.unpack(">i", recvall(s, 4))[0]
data = recvall(s, length)
print("File: %d bytes, CRC32 %08x" % (len(data), zlib.crc32(data)))
s.close()
