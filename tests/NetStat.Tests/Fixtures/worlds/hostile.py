#!/usr/bin/python3
"""Names chosen by a hostile local user: unix socket paths with spaces and escape sequences, and a
process whose argv[0] carries control characters. Prints READY, waits at most ten minutes.

Usage: hostile.py DIR COUNT   (COUNT extra unnamed unix socket pairs, to make the output long)
"""
import os, socket, sys, time

base = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 0
os.makedirs(base, exist_ok=True)

if len(sys.argv) > 3 and sys.argv[3] == "child":
    keep = []
    def listen(path):
        s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        s.bind(path)
        s.listen(1)
        keep.append(s)
    listen(os.path.join(base, "path with space.sock"))
    listen(os.path.join(base, "red\x1b[31mALERT\x1b[0m.sock"))
    listen("\0abstract\x07bell")
    listen(os.path.join(base, "utf8-\u65e5\u672c.sock"))
    for _ in range(count):
        keep.extend(socket.socketpair())
    sys.stdout.write("READY\n")
    sys.stdout.flush()
    time.sleep(600)
    sys.exit(0)

os.execv(sys.executable, ["evil\x1b]0;title\x07\tname", os.path.abspath(__file__), base, str(count), "child"])
