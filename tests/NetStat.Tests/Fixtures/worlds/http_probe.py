#!/usr/bin/python3
"""HTTP client for the metrics tests, run inside a namespace (no curl needed).

  http_probe.py get URL                 prints the status code, a newline, then the body
  http_probe.py raw PORT KIND           sends a hand-made request to 127.0.0.1:PORT, prints the
                                        status line (or CLOSED), the seconds it took, the reply's length and its first 4 KiB; KIND is
                                        post, head, root, huge, bad, silent
  http_probe.py busy PORT HOLD          holds HOLD silent connections open, then does a GET of
                                        /metrics and prints its status line, seconds taken, and
                                        how many held connections were answered by then
Every socket has a 20 s timeout, so nothing here can hang a test.
"""
import socket, sys, time, urllib.request, urllib.error

def get(url):
    try:
        with urllib.request.urlopen(url, timeout=20) as r:
            body = r.read()
            sys.stdout.write("%d\n" % r.status)
            sys.stdout.buffer.write(body)
    except urllib.error.HTTPError as e:
        sys.stdout.write("%d\n" % e.code)

def exchange(port, data):
    start = time.time()
    s = socket.create_connection(("127.0.0.1", port), timeout=20)
    if data:
        s.sendall(data)
    chunks = []
    try:
        while True:
            b = s.recv(65536)
            if not b:
                break
            chunks.append(b)
    except (ConnectionResetError, socket.timeout):
        pass
    s.close()
    reply = b"".join(chunks)
    line = reply.split(b"\r\n", 1)[0].decode("latin-1") if reply else "CLOSED"
    return line, time.time() - start, reply

REQUESTS = {
    "post": b"POST /metrics HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n",
    "head": b"HEAD /metrics HTTP/1.1\r\nHost: x\r\n\r\n",
    "root": b"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
    "huge": b"GET /metrics HTTP/1.1\r\nHost: x\r\nX-Filler: " + b"a" * 20000 + b"\r\n\r\n",
    "bad": b"NONSENSE\r\n\r\n",
    "silent": b"",
}

mode = sys.argv[1]
if mode == "get":
    get(sys.argv[2])
elif mode == "raw":
    line, took, reply = exchange(int(sys.argv[2]), REQUESTS[sys.argv[3]])
    sys.stdout.write("%s\n%.2f\n%d\n" % (line, took, len(reply)))
    sys.stdout.write(reply[:4096].decode("latin-1"))
elif mode == "busy":
    port, hold = int(sys.argv[2]), int(sys.argv[3])
    held = [socket.create_connection(("127.0.0.1", port), timeout=20) for _ in range(hold)]
    time.sleep(0.2)
    line, took, _ = exchange(port, b"GET /metrics HTTP/1.1\r\nHost: x\r\n\r\n")
    # How many of the held connections the server had already answered (408) or closed by then.
    answered = 0
    for s in held:
        s.setblocking(False)
        try:
            s.recv(1, socket.MSG_PEEK)
            answered += 1
        except BlockingIOError:
            pass
        except OSError:
            answered += 1
    sys.stdout.write("%s\n%.2f\n%d\n" % (line, took, answered))
    for s in held:
        s.close()
