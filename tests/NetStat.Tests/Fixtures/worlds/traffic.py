#!/usr/bin/python3
"""Bounded loopback traffic for the -s tests: TCP and UDP over 127.0.0.1 and ::1, a refused TCP
connection, UDP to a closed port (ICMP port unreachable), and ICMP/ICMPv6 echo. Connections end
with a reset so no TIME_WAIT timer moves counters later; then waits until the counter files stop
changing. Prints the number of quiet checks and exits.
"""
import socket, struct, sys, time

def tcp_round(family, host, port):
    server = socket.socket(family, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind((host, port))
    server.listen(4)
    client = socket.create_connection((host, port), timeout=5)
    conn, _ = server.accept()
    for _ in range(5):
        client.sendall(b"x" * 3000)
        got = 0
        while got < 3000:
            got += len(conn.recv(65536))
        conn.sendall(b"y" * 100)
        client.recv(65536)
    # Abortive close: a reset instead of FIN, so no socket lingers in TIME_WAIT.
    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    client.close()
    time.sleep(0.05)
    conn.close()
    server.close()
    refused = socket.socket(family, socket.SOCK_STREAM)
    try:
        refused.connect((host, port))
    except OSError:
        pass
    refused.close()

def udp_round(family, host, port):
    a = socket.socket(family, socket.SOCK_DGRAM)
    a.bind((host, port))
    b = socket.socket(family, socket.SOCK_DGRAM)
    for i in range(4):
        b.sendto(b"z" * (100 + i), (host, port))
        a.recvfrom(2048)
    b.sendto(b"nobody", (host, port + 1))
    time.sleep(0.05)
    a.close()
    b.close()

def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    s = (s >> 16) + (s & 0xffff)
    s += s >> 16
    return ~s & 0xffff

def ping4(count):
    s = socket.socket(socket.AF_INET, socket.SOCK_RAW, socket.IPPROTO_ICMP)
    s.settimeout(2)
    for seq in range(count):
        body = struct.pack("!BBHHH", 8, 0, 0, 0x4242, seq) + b"ping"
        packet = body[:2] + struct.pack("!H", checksum(body)) + body[4:]
        s.sendto(packet, ("127.0.0.1", 0))
        s.recvfrom(2048)  # our own request
        s.recvfrom(2048)  # the reply
    s.close()

def ping6(count):
    s = socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6)
    s.settimeout(2)
    for seq in range(count):
        # The kernel fills in the ICMPv6 checksum on raw ICMPv6 sockets.
        s.sendto(struct.pack("!BBHHH", 128, 0, 0, 0x4343, seq) + b"ping6", ("::1", 0))
        while True:
            data, _ = s.recvfrom(2048)
            if data[0] == 129:
                break
    s.close()

def snapshot():
    out = []
    for name in ("snmp", "netstat", "snmp6"):
        with open("/proc/net/" + name) as f:
            out.append(f.read())
    return out

tcp_round(socket.AF_INET, "127.0.0.1", 7201)
tcp_round(socket.AF_INET6, "::1", 7202)
udp_round(socket.AF_INET, "127.0.0.1", 7203)
udp_round(socket.AF_INET6, "::1", 7205)
ping4(3)
ping6(2)

# Delayed ACKs and the like settle within a fraction of a second; wait (bounded) for quiet.
quiet = 0
previous = snapshot()
for _ in range(50):
    time.sleep(0.1)
    current = snapshot()
    quiet = quiet + 1 if current == previous else 0
    previous = current
    if quiet >= 3:
        break
print(quiet)
sys.exit(0 if quiet >= 3 else 1)
