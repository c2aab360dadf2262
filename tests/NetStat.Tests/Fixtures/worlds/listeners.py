#!/usr/bin/python3
"""TCP listeners for the metrics tests: COUNT of them on loopback (alternately 127.0.0.1 and
::1, ports from BASE), held by a process whose argv[0] is ARGV0 so the tests can find them.
Prints READY, waits at most ten minutes.

Usage: listeners.py COUNT BASE ARGV0
"""
import os, socket, sys, time

if len(sys.argv) > 4 and sys.argv[4] == "child":
    count, base = int(sys.argv[1]), int(sys.argv[2])
    keep = []
    for i in range(count):
        family, addr = (socket.AF_INET, "127.0.0.1") if i % 2 == 0 else (socket.AF_INET6, "::1")
        s = socket.socket(family, socket.SOCK_STREAM)
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind((addr, base + i))
        s.listen(3 + i)
        keep.append(s)
    sys.stdout.write("READY\n")
    sys.stdout.flush()
    time.sleep(600)
    sys.exit(0)

os.execv(sys.executable, [sys.argv[3], os.path.abspath(__file__), sys.argv[1], sys.argv[2], sys.argv[3], "child"])
