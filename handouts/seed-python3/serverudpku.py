# serverudpku.py: not from the lab module but the course's own, written in its style (Python 3) for the
# udp-server exercise. Optional arguments: host and port (python3 serverudpku.py 127.0.0.1 0).
import socket
import sys

host = sys.argv[1] if len(sys.argv) > 1 else "0.0.0.0"
port = int(sys.argv[2]) if len(sys.argv) > 2 else 12345
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind((host, port))
print("Listening on %s:%d" % s.getsockname(), flush=True)
while True:
    data, addr = s.recvfrom(1024)
    print(addr, data.decode("utf-8"), flush=True)
    s.sendto(data.decode("utf-8").upper().encode("utf-8"), addr)
