# pingku.py: not from the lab module but the course's own, written in its style (Python 3) for the
# udp-ping exercise, after the UDP pinger of Kurose and Ross. Optional arguments: host, port and count.
import socket
import sys
import time

host = sys.argv[1] if len(sys.argv) > 1 else "127.0.0.1"
port = int(sys.argv[2]) if len(sys.argv) > 2 else 12345
count = int(sys.argv[3]) if len(sys.argv) > 3 else 10
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.settimeout(1)
received = 0
for seq in range(1, count + 1):
    message = "Ping %d %d" % (seq, int(time.time() * 1000))
    sent = time.time()
    s.sendto(message.encode("utf-8"), (host, port))
    try:
        while True:
            data, addr = s.recvfrom(1024)
            if addr == (host, port) and data.decode("utf-8") == message.upper():
                break
        received += 1
        print(data.decode("utf-8"), "rtt=%.3f ms" % ((time.time() - sent) * 1000))
    except socket.timeout:
        print("Request timed out")
print("%d sent, %d received, %.1f%% loss" % (count, received, 100.0 * (count - received) / count))
s.close()
