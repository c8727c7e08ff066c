#!/usr/bin/env bash
# Captures, with tcpdump on the loopback interface, the course's own programs talking, one file per scene, for the
# packet-detail exercise's hidden tests: ServerKu and ClientKu, the seed's serverku.py and clientku.py, PingKu with a
# lost reply, a datagram to a closed UDP port (answered by ICMP), a framed exchange split across segments, and ServerKu
# and ClientKu on ::1. Needs root (or CAP_NET_RAW) for tcpdump, python3, and the solutions built (mvn -B package).
#   grader/captures/capture.sh OUTPUT_FOLDER
# The ports are fixed (40123 and up): run it on a machine where nothing else uses them. Times, sequence numbers and
# client ports differ from run to run; the hidden tests read each file's lines from DetailPaket's reference, never
# from this script.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(mkdir -p "$1" && cd "$1" && pwd)
solutions=$PWD/solutions
seed=$PWD/handouts/seed-python3
run=$PWD/grader/src/main/resources/socketlab/grader/interop/seedrun.py
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT

# capture NAME FILTER COMMAND...: tcpdump writes NAME.pcap while COMMAND runs, from its first packet to the last
capture() {
  local name=$1 filter=$2
  shift 2
  tcpdump -i lo --immediate-mode -U -w "$out/$name.pcap" "$filter" 2>"$out/$name.tcpdump.log" &
  local tcpdump=$!
  until grep -q "listening on" "$out/$name.tcpdump.log"; do sleep 0.05; done
  "$@"
  sleep 0.3 # the last packets reach the capture's buffer
  kill -INT "$tcpdump"
  wait "$tcpdump" || true
  rm -f "$out/$name.tcpdump.log"
  echo "$name.pcap: $(tcpdump -nn -r "$out/$name.pcap" 2>/dev/null | wc -l) packets"
}

# await_line FILE TEXT: waits until a program's output holds TEXT
await_line() {
  until grep -q "$2" "$1" 2>/dev/null; do sleep 0.05; done
}

serverku_clientku() {
  local host=$1 port=$2
  java -jar "$solutions/server/target/server.jar" --host "$host" --port "$port" >"$out/server.log" 2>&1 &
  pids+=($!)
  await_line "$out/server.log" "Listening on"
  java -jar "$solutions/client/target/client.jar" --host "$host" --port "$port" >/dev/null
  wait "${pids[-1]}" || true
  rm -f "$out/server.log"
}

seed_pair() {
  SEED_HOST=127.0.0.1 SEED_PORT=40124 python3 -u "$run" "$seed/serverku.py" >"$out/seed.log" 2>&1 &
  pids+=($!)
  await_line "$out/seed.log" "Listening on"
  SEED_HOST=127.0.0.1 SEED_PORT=40124 python3 -u "$run" "$seed/clientku.py" >/dev/null
  wait "${pids[-1]}" || true
  rm -f "$out/seed.log"
}

pingku_lost_reply() {
  # a UDP server that upper-cases each ping, but lets the second go unanswered
  python3 -u -c '
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.1", 40125))
print("ready", flush=True)
for n in range(1, 4):
    data, peer = s.recvfrom(1024)
    if n != 2:
        s.sendto(data.upper(), peer)
' >"$out/echo.log" 2>&1 &
  pids+=($!)
  await_line "$out/echo.log" "ready"
  java -jar "$solutions/udp-ping/target/udp-ping.jar" --port 40125 --count 3 --timeout 500 >/dev/null
  wait "${pids[-1]}" || true
  rm -f "$out/echo.log"
}

closed_udp_port() {
  python3 -c '
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.sendto(b"Ping 1 0", ("127.0.0.1", 40126))'
}

framed_split() {
  java -jar "$solutions/framed-server/target/framed-server.jar" --port 40127 --max-clients 1 --file-bytes 100 >"$out/framed.log" 2>&1 &
  pids+=($!)
  await_line "$out/framed.log" "Listening on"
  # one message, its 4-byte header and its body in two segments, then the end of the client's side
  python3 -c '
import socket, struct, time
s = socket.create_connection(("127.0.0.1", 40127))
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
body = b"Hai ServerPesanKu"
s.sendall(struct.pack("!I", len(body)))
time.sleep(0.2)
s.sendall(body)
s.shutdown(socket.SHUT_WR)
while s.recv(4096):
    pass
s.close()'
  wait "${pids[-1]}" || true
  rm -f "$out/framed.log"
}

capture serverku-clientku "tcp port 40123" serverku_clientku 127.0.0.1 40123
capture seed-serverku-clientku "tcp port 40124" seed_pair
capture pingku-lost-reply "udp port 40125" pingku_lost_reply
capture closed-udp-port "udp port 40126 or icmp" closed_udp_port
capture framed-split "tcp port 40127" framed_split
capture serverku-clientku-ipv6 "tcp port 40128" serverku_clientku ::1 40128
