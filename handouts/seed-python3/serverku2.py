# serverku2.py from the lab module, ported to Python 3: only print() and bytes changed.
import socket

host = "0.0.0.0"
port = 12345
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind((host, port))
s.listen(2)
while True:
    conn, addr = s.accept()
    print(addr, "Now Connected")
    conn.send(b"Thank you for connecting")
    conn.close()
