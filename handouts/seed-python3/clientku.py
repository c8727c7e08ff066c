# clientku.py from the lab module, ported to Python 3: only print() and bytes changed.
import socket

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
host = "192.168.0.1"
port =12345
s.connect((host,port))
print(s.recv(1024).decode())
s.send(b"Hai Serverku.py, Clientku.py ingin berkomunikasi")
s.close()
