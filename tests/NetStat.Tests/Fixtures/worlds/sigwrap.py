#!/usr/bin/python3
"""Starts each command (arguments split at spaces) with SIGINT, SIGTERM and SIGPIPE at their
default actions (the test host may ignore them, and ignored signals are inherited), waits DELAY
seconds, sends SIGNAL to all of them, and prints one line per command:
"<command>|<exit N or signal N>|<seconds from the signal to the end>|<stderr as repr>".
A command still running 5 s after the signal is killed and reported as "hung".

Usage: sigwrap.py SIGNAL DELAY COMMAND...
"""
import signal, subprocess, sys, threading, time


def defaults():
    for s in (signal.SIGINT, signal.SIGTERM, signal.SIGPIPE, signal.SIGHUP):
        signal.signal(s, signal.SIG_DFL)


sig = getattr(signal, sys.argv[1])
delay = float(sys.argv[2])
commands = sys.argv[3:]
procs = [subprocess.Popen(c.split(" "), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=defaults)
         for c in commands]
errors = [b""] * len(procs)


def drain(i):
    errors[i] = procs[i].stderr.read()


threads = [threading.Thread(target=drain, args=(i,)) for i in range(len(procs))]
for t in threads:
    t.start()
time.sleep(delay)
sent = {}
for i, p in enumerate(procs):
    sent[i] = time.monotonic()
    p.send_signal(sig)
ended = {}


def waiter(i):
    try:
        procs[i].wait(timeout=5)
        ended[i] = time.monotonic()
    except subprocess.TimeoutExpired:
        procs[i].kill()
        procs[i].wait()


waiters = [threading.Thread(target=waiter, args=(i,)) for i in range(len(procs))]
for t in waiters:
    t.start()
for t in waiters + threads:
    t.join()
for i, c in enumerate(commands):
    rc = procs[i].returncode
    status = "hung" if i not in ended else ("signal %d" % -rc if rc < 0 else "exit %d" % rc)
    took = "%.3f" % (ended[i] - sent[i]) if i in ended else "-"
    print("%s|%s|%s|%r" % (c, status, took, errors[i]))
