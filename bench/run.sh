#!/usr/bin/env bash
# Benchmarks our netstat against ss / ip and net-tools netstat on the same socket worlds, each
# built in a private network namespace on loopback only. See bench/README.md.
#
#   bench/run.sh                 full run (~20 min on 2 cores)
#   bench/run.sh --quick         small worlds, 3 rounds (smoke run, < 2 min)
#   bench/run.sh --only tcp-20k,udp --rounds 9
#
# Needs root (network namespaces), python3, iproute2 (ss, ip) and net-tools (/usr/bin/netstat).
# Ours is $NETSTAT (default: bin/netstat of this repository; run ./build.sh first).
set -euo pipefail
{ # Parsed whole before it runs, so editing this file during a 20-minute run cannot derail it.

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(dirname "$HERE")
NETSTAT=${NETSTAT:-$REPO/bin/netstat}
REF=/usr/bin/netstat
PY=/usr/bin/python3
[ -x "$PY" ] || PY=$(command -v python3 || true)

FULL=(empty tcp-1k tcp-10k tcp-20k tcp-50k tcp-100k udp-20k unix-20k route6-20k)
QUICK=(empty tcp-1k tcp-10k udp-5k unix-5k route6-5k)

log() { printf '%s\n' "$*" >&2; }

usage() {
    cat <<EOF
usage: bench/run.sh [--quick] [--only LIST] [--rounds N] [--budget SECONDS] [--out DIR]

  --quick           small worlds (${QUICK[*]}), 3 rounds
  --only LIST       comma-separated workloads: names like tcp-20k, udp-3k, unix-20k, route6-20k,
                    empty (any size works), or a bare kind (tcp, udp, unix, route6) for that kind's
                    worlds of the chosen set. Full set: ${FULL[*]}
  --rounds N        timed rounds per command (default 7; 3 with --quick)
  --budget SECONDS  timed seconds per program and command before its rounds are capped
                    (default 45; 10 with --quick; never fewer than 3 rounds)
  --out DIR         where results.jsonl and report.md go (default bench/results/DATE)

Environment: NETSTAT (ours, default $REPO/bin/netstat), HELPER_TIMEOUT (seconds a socket-holding
helper lives at most, default 900).
EOF
}

quick=0 only="" rounds="" budget="" outdir=""
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1 ;;
        --only) only=${2:?--only needs a list}; shift ;;
        --only=*) only=${1#--only=} ;;
        --rounds) rounds=${2:?--rounds needs a number}; shift ;;
        --rounds=*) rounds=${1#--rounds=} ;;
        --budget) budget=${2:?--budget needs seconds}; shift ;;
        --budget=*) budget=${1#--budget=} ;;
        --out) outdir=${2:?--out needs a directory}; shift ;;
        --out=*) outdir=${1#--out=} ;;
        -h|--help) usage; exit 0 ;;
        *) echo "run.sh: unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done

if [ "$quick" = 1 ]; then
    set_=("${QUICK[@]}"); rounds=${rounds:-3}; budget=${budget:-10}; skip_after=20
else
    set_=("${FULL[@]}"); rounds=${rounds:-7}; budget=${budget:-45}; skip_after=60
fi
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --rounds must be a positive integer" >&2; exit 2; }
min_rounds=$(( rounds < 3 ? rounds : 3 ))
helper_timeout=${HELPER_TIMEOUT:-900}

workloads=()
if [ -n "$only" ]; then
    IFS=, read -r -a items <<<"$only"
    for it in "${items[@]}"; do
        case "$it" in
            empty|tcp-[0-9]*|udp-[0-9]*|unix-[0-9]*|route6-[0-9]*) workloads+=("$it") ;;
            tcp|udp|unix|route6)
                for w in "${set_[@]}"; do [[ "$w" == "$it"-* ]] && workloads+=("$w"); done ;;
            *) echo "run.sh: unknown workload: $it" >&2; usage >&2; exit 2 ;;
        esac
    done
else
    workloads=("${set_[@]}")
fi
for w in "${workloads[@]}"; do
    [[ "$w" == empty || "$w" =~ ^(tcp|udp|unix|route6)-[0-9]+k?$ ]] ||
        { echo "run.sh: bad workload name: $w (want e.g. tcp-20k)" >&2; exit 2; }
done

[ "$(id -u)" = 0 ] || { echo "run.sh: needs root (network namespaces)" >&2; exit 1; }
[ -n "$PY" ] || { echo "run.sh: python3 is needed" >&2; exit 1; }
for t in ip ss; do command -v "$t" >/dev/null || { echo "run.sh: $t (iproute2) is needed" >&2; exit 1; }; done
[ -x "$REF" ] || { echo "run.sh: $REF (net-tools) is needed" >&2; exit 1; }
if [ ! -x /usr/bin/time ]; then  # GNU time measures peak RSS (Debian package "time")
    log "installing Debian's time package for /usr/bin/time"
    apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; } ||
        { echo "run.sh: /usr/bin/time (GNU time) is needed: apt-get install time" >&2; exit 1; }
fi
[ -x "$NETSTAT" ] || { echo "run.sh: $NETSTAT not found; run ./build.sh or set NETSTAT" >&2; exit 1; }
NETSTAT=$(cd "$(dirname "$NETSTAT")" && pwd)/$(basename "$NETSTAT")

work=$(mktemp -d /tmp/nsbench.XXXXXX)
[ -n "$outdir" ] || outdir=$HERE/results/$(date +%Y%m%d-%H%M%S)
mkdir -p "$outdir"
results=$outdir/results.jsonl
: >"$results"
namespaces=() helpers=() measurer=""

cleanup() {
    local p n
    if [ -n "$measurer" ]; then kill "$measurer" 2>/dev/null || true; wait "$measurer" 2>/dev/null || true; fi
    for p in "${helpers[@]}"; do kill "$p" 2>/dev/null || true; done
    for p in "${helpers[@]}"; do wait "$p" 2>/dev/null || true; done
    for n in "${namespaces[@]}"; do
        ip netns del "$n" 2>/dev/null || true
        rm -rf "/etc/netns/$n"
    done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A namespace with loopback up, the whole port range for connections (listeners sit below 1024)
# and name resolution confined to files, so no run ever asks a DNS server.
new_ns() {
    ns=nsbench$$x${#namespaces[@]}
    namespaces+=("$ns")
    mkdir -p "/etc/netns/$ns"
    printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' >"/etc/netns/$ns/hosts"
    printf 'passwd: files\ngroup: files\nhosts: files\nnetworks: files\nservices: files\nprotocols: files\n' \
        >"/etc/netns/$ns/nsswitch.conf"
    ip netns add "$ns"
    ip -n "$ns" link set lo up
    ip netns exec "$ns" sysctl -qw net.ipv4.ip_local_port_range="1024 65535"
}

drop_ns() {
    local p
    for p in "${helpers[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
    helpers=()
    ip netns del "$ns"
    rm -rf "/etc/netns/$ns"
    unset 'namespaces[-1]'
}

# Starts bench/world.py in the namespace and waits until its sockets are open; sets $sockets.
hold_sockets() {
    local kind=$1 count=$2 pid line i report=$work/world-$ns.out
    mkdir -p "$work/unix"
    : >"$report"  # exists and is empty before the helper starts: no stale READY can be read
    ip netns exec "$ns" "$PY" "$HERE/world.py" --kind "$kind" --count "$count" --run-pid $$ \
        --timeout "$helper_timeout" --tmpdir "$work/unix" >"$report" 2>&1 &
    pid=$!
    helpers+=("$pid")
    for ((i = 0; i < 6000; i++)); do  # at most 10 minutes
        line=$(head -n 1 "$report")
        case "$line" in
            READY*) sockets=$(awk '{print $2}' <<<"$line"); return 0 ;;
            FAILED*) log "world.py: $line"; return 1 ;;
        esac
        kill -0 "$pid" 2>/dev/null || { log "world.py died:"; cat "$report" >&2; return 1; }
        sleep 0.1
    done
    log "world.py: not ready after 10 minutes"; return 1
}

add_routes() {
    local count=$1
    ip -n "$ns" link add veth0 type veth peer name veth1
    ip -n "$ns" link set veth0 up
    ip -n "$ns" link set veth1 up
    "$PY" -c 'import sys
for i in range(int(sys.argv[1])):
    print("route add 2001:db8:%x::/64 dev veth0" % i)' "$count" >"$work/routes.batch"
    ip -n "$ns" -batch "$work/routes.batch"
    sockets=$count
}

measure() {  # workload case-label peer-name peer-command our-and-netstat-args [expected rows]
    local workload=$1 case=$2 peer=$3 peercmd=$4 args=$5 expect=${6:--1}
    mkdir -p "$work/cmp"
    ip netns exec "$ns" "$PY" "$HERE/measure.py" --workload "$workload" --case="$case" \
        --sockets "$sockets" --rounds "$rounds" --min-rounds "$min_rounds" --budget "$budget" \
        --skip-after "$skip_after" --expect-rows "$expect" --tmp "$work/cmp" --out "$results" \
        --prog "ours=$(printf '%q' "$NETSTAT") $args" --prog "$peer=$peercmd" --prog "netstat=$REF $args" &
    # In the background so that a signal runs the traps now, not when the measurement ends.
    measurer=$!
    wait "$measurer"
    measurer=""
}

# JSON against our own text on the same world (issue #6: at most 1.5 x its time). The
# "netstat" column of this row is our text output, so ours/netstat is the JSON/text ratio.
measure_json() {  # workload args
    local workload=$1 args=$2
    mkdir -p "$work/cmp"
    ip netns exec "$ns" "$PY" "$HERE/measure.py" --workload "$workload" --case="$args --json" \
        --sockets "$sockets" --rounds "$rounds" --min-rounds "$min_rounds" --budget "$budget" \
        --skip-after "$skip_after" --compare none,none --tmp "$work/cmp" --out "$results" \
        --prog "ours=$(printf '%q' "$NETSTAT") $args --json" --prog "ss=ss $args" --prog "netstat=$(printf '%q' "$NETSTAT") $args" &
    measurer=$!
    wait "$measurer"
    measurer=""
}

started=$(date +%s)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
log "bench: ours=$NETSTAT rounds=$rounds budget=${budget}s workloads: ${workloads[*]}"
for w in "${workloads[@]}"; do
    kind=${w%%-*} size=0
    if [ "$w" != empty ]; then
        size=${w#*-}
        [[ "$size" == *k ]] && size=$(( ${size%k} * 1000 ))
    fi
    t0=$(date +%s)
    new_ns
    sockets=0
    case "$kind" in
        empty)  ;;
        tcp|udp|unix) hold_sockets "$kind" "$size" ;;
        route6) add_routes "$size" ;;
    esac
    log "$w: world ready in $(( $(date +%s) - t0 ))s ($sockets $([ "$kind" = route6 ] && echo routes || echo sockets))"
    case "$kind" in
        empty|tcp) measure "$w" -tan ss "ss -tan" -tan "$sockets"
               measure "$w" -tanp ss "ss -tanp" -tanp "$sockets"
               measure_json "$w" -tan ;;
        udp)   measure "$w" -uan ss "ss -uan" -uan "$sockets" ;;
        unix)  measure "$w" -xa ss "ss -xa" -xa "$sockets" ;;
        route6) measure "$w" "-rn -A inet6" ip "ip -6 route" "-rn -A inet6" ;;
    esac
    drop_ns
done

{
    echo "## netstat benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
    echo
    echo "ours: \`$NETSTAT\` ($(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')); ss: $(ss -V 2>&1 | head -1);" \
        "netstat: net-tools $($REF -V 2>&1 | sed -n 's/^net-tools \([^ ]*\).*/\1/p' | head -1); kernel $(uname -r);" \
        "$(nproc) CPUs; $rounds rounds (median wall time, programs alternated), peak RSS from one run under /usr/bin/time -f %M;" \
        "run took $(( $(date +%s) - started ))s; load average $load_start at the start," \
        "$(cut -d' ' -f1-3 /proc/loadavg) at the end (a load above $(nproc) means other work competed for the CPUs: trust the ratios more than the times)."
    echo
    "$PY" "$HERE/report.py" "$results"
    echo
    echo "Ratios (median of per-round ratios) < 1 mean ours is faster. \"(n=K)\": that program ran only K timed rounds because it is slow;" \
        "\"output differs\": our output was not net-tools' for that world, so its time is not judged against a goal."
} | tee "$outdir/report.md"
log "results: $outdir"
exit
}
