using System.Net.Sockets;
using System.Text;
using NetStat.Kernel;
using NetStat.Records;
using NetStat.Text;

namespace NetStat.Cli.Metrics;

/// <summary>
/// Turns one snapshot of the kernel's tables into Prometheus series. Quantities node_exporter
/// also exports keep its names, labels, HELP and TYPE (netstat, sockstat and tcpstat collectors
/// of node_exporter 1.5), so its dashboards work unchanged; the rest is under "netstat_". One
/// instance lives as long as the process, so the dropped-series counter accumulates.
/// </summary>
internal sealed class MetricsCollector(ProcPaths proc, MetricsSettings settings)
{
    private readonly ProtocolCounters _counters = new(proc);
    private readonly SockstatFiles _sockstat = new(proc);
    private readonly SocketTables _tables = new(proc);
    private readonly ProcessScanner _scanner = new(proc);
    private readonly Dictionary<string, long> _droppedTotal = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>
    /// Reads everything and returns the exposition text. <paramref name="nodeSeries"/> false
    /// leaves out the node_* families (for node_exporter's textfile collector, whose own
    /// collectors export them: a name exported twice would be rejected).
    /// </summary>
    public byte[] Collect(bool nodeSeries)
    {
        // serve may be asked by two scrapers at once; one snapshot at a time keeps the process scan and counters consistent.
        lock (_gate)
        {
            var text = new ExpositionText();
            if (nodeSeries)
            {
                NodeNetstat(text);
                NodeSockstat(text);
            }
            Sockets(text, nodeSeries);
            return text.Written.ToArray();
        }
    }

    /// <summary>node_netstat_{Table}_{Counter} from /proc/net/snmp, netstat and snmp6, as node_exporter names them; SCTP under netstat_sctp_.</summary>
    private void NodeNetstat(ExpositionText text)
    {
        var snapshot = _counters.ReadAll();
        var families = new SortedDictionary<string, (string Help, ulong Value)>(StringComparer.Ordinal);
        foreach (var file in snapshot.Files)
        {
            foreach (var table in file.Tables)
            {
                foreach (var counter in table.Counters)
                {
                    // /proc/net/snmp6 names carry their table ("Ip6InReceives"); node_exporter splits after the first '6'.
                    string field = file.File == CounterFile.Snmp6 && counter.Name.StartsWith(table.Name, StringComparison.Ordinal)
                        ? counter.Name[table.Name.Length..]
                        : counter.Name;
                    string name = file.File == CounterFile.SctpSnmp
                        ? "netstat_sctp_" + counter.Name
                        : "node_netstat_" + table.Name + "_" + field;
                    // The kernel's names are always valid; a synthetic file's are skipped rather than mangled.
                    if (!ExpositionText.IsMetricName(name))
                        continue;
                    string help = file.File == CounterFile.SctpSnmp
                        ? "Statistic " + counter.Name + " from /proc/net/sctp/snmp."
                        : "Statistic " + table.Name + field + ".";
                    // The kernel writes IcmpMsg in several pairs; as in node_exporter, the first value of a name wins.
                    families.TryAdd(name, (help, counter.Value));
                }
            }
        }
        foreach (var (name, (help, value)) in families)
        {
            text.Family(name, help, MetricType.Untyped);
            text.Sample(name, [], [], value);
        }
    }

    /// <summary>node_sockstat_* from /proc/net/sockstat and sockstat6, with node_exporter's names and HELP.</summary>
    private void NodeSockstat(ExpositionText text)
    {
        var families = new SortedDictionary<string, (string Help, long Value)>(StringComparer.Ordinal);
        long pageSize = Environment.SystemPageSize;
        foreach (var line in _sockstat.Read())
        {
            foreach (var (field, value) in line.Values)
            {
                if (line.Protocol == "sockets" && field == "used")
                {
                    families.TryAdd("node_sockstat_sockets_used", ("Number of IPv4 sockets in use.", value));
                    continue;
                }
                Add(line.Protocol, field, value);
                if (field == "mem")
                    Add(line.Protocol, "mem_bytes", value * pageSize);
            }
        }
        foreach (var (name, (help, value)) in families)
        {
            text.Family(name, help, MetricType.Gauge);
            text.Sample(name, [], [], value);
        }

        void Add(string protocol, string field, long value)
        {
            string name = "node_sockstat_" + protocol + "_" + field;
            if (ExpositionText.IsMetricName(name))
                families.TryAdd(name, ($"Number of {protocol} sockets in state {field}.", value));
        }
    }

    /// <summary>The socket tables: node_tcp_connection_states and the netstat_ families.</summary>
    private void Sockets(ExpositionText text, bool nodeSeries)
    {
        var owners = _scanner.Scan();
        // One label string per process, not per socket: a server holds thousands of sockets.
        var programs = new Dictionary<ProcessInfo, string>(ReferenceEqualityComparer.Instance);
        string ProgramOf(ulong inode)
        {
            var owner = owners.Find(inode);
            if (owner is null)
                return "-";
            if (!programs.TryGetValue(owner, out var label))
                programs[owner] = label = ProgramLabel(owner);
            return label;
        }
        string[] place = ["proto", "address", "port", "program"];
        var listeners = new MetricFamily("netstat_listener_info",
            "Sockets netstat -l lists (listening TCP, bound unconnected UDP/UDP-Lite/raw, listening UNIX), by local address, port and program; the value counts sockets sharing the labels.",
            MetricType.Gauge, place);
        var connections = new MetricFamily("netstat_connections",
            "Sockets netstat -a lists, by protocol, kernel state and program (never by remote address or port).",
            MetricType.Gauge, "proto", "state", "program");
        var queue = new MetricFamily("netstat_listen_queue_length",
            "Connections waiting in a TCP listener's accept queue (netstat's Recv-Q of a LISTEN socket).",
            MetricType.Gauge, place);
        var queueMax = new MetricFamily("netstat_listen_queue_max",
            "Limit of a TCP listener's accept queue (listen() backlog capped by net.core.somaxconn; known only through netlink).",
            MetricType.Gauge, place);
        var states = new Dictionary<string, Int128>(StringComparer.Ordinal);
        Int128 rxQueued = 0, txQueued = 0;

        foreach (var protocol in (ReadOnlySpan<SocketProtocol>)[SocketProtocol.Tcp, SocketProtocol.Udp, SocketProtocol.UdpLite, SocketProtocol.Raw])
        {
            foreach (var family in (ReadOnlySpan<AddressFamily>)[AddressFamily.InterNetwork, AddressFamily.InterNetworkV6])
            {
                using var cursor = _tables.OpenInet(protocol, family, out _);
                if (cursor is null)
                    continue;
                string proto = ProtocolLabel(protocol, family);
                while (true)
                {
                    var outcome = cursor.Next(out var s);
                    if (outcome == ReadOutcome.End)
                        break;
                    if (outcome != ReadOutcome.Row)
                        continue;
                    string program = ProgramOf(s.Inode);
                    string state = InetStateLabel(s.State);
                    connections.Add(1, proto, state, program);
                    if (s.IsServer)
                        listeners.Add(1, proto, Address(s.LocalAddress), s.LocalPort.ToString(System.Globalization.CultureInfo.InvariantCulture), program);
                    if (protocol != SocketProtocol.Tcp)
                        continue;
                    // node_exporter's tcpstat: every TCP socket counted by state, and the queues summed
                    // as inet_diag reports them (for a listener, wqueue is its backlog limit).
                    ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(states, state, out _);
                    count++;
                    rxQueued += s.ReceiveQueue;
                    txQueued += s.State == (byte)TcpState.Listen ? s.ListenBacklog ?? 0 : s.SendQueue;
                    if (s.State == (byte)TcpState.Listen)
                    {
                        string[] labels = [proto, Address(s.LocalAddress), s.LocalPort.ToString(System.Globalization.CultureInfo.InvariantCulture), program];
                        queue.Add(s.ReceiveQueue, labels);
                        if (s.ListenBacklog is uint limit)
                            queueMax.Add(limit, labels);
                    }
                }
            }
        }
        using (var unix = _tables.OpenUnix(out _))
        {
            while (unix is not null)
            {
                var outcome = unix.Next(out var s);
                if (outcome == ReadOutcome.End)
                    break;
                if (outcome != ReadOutcome.Row)
                    continue;
                string program = ProgramOf(s.Inode);
                connections.Add(1, "unix", UnixStateLabel(s), program);
                if (s.IsServer)
                    listeners.Add(1, "unix", Safe(s.Path.Span), "", program);
            }
        }

        if (nodeSeries)
        {
            text.Family("node_tcp_connection_states", "Number of connection states.", MetricType.Gauge);
            foreach (var (state, count) in states.OrderBy(p => p.Key, StringComparer.Ordinal))
                text.Sample("node_tcp_connection_states", ["state"], [state], count);
            text.Sample("node_tcp_connection_states", ["state"], ["rx_queued_bytes"], rxQueued);
            text.Sample("node_tcp_connection_states", ["state"], ["tx_queued_bytes"], txQueued);
        }

        MetricFamily[] capped = [listeners, connections, queue, queueMax];
        foreach (var f in capped)
        {
            f.WriteTo(text, settings.MaxSeries);
            ref long total = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_droppedTotal, f.Name, out _);
            total += f.Dropped;
        }
        text.Family("netstat_metrics_series_limit",
            "Most series a netstat_ family may have (NETSTAT_METRICS_MAX_SERIES); the largest values are kept.", MetricType.Gauge);
        text.Sample("netstat_metrics_series_limit", [], [], settings.MaxSeries);
        text.Family("netstat_metrics_dropped_series_total",
            "Series left out because their family was over the limit, summed over this process's snapshots.", MetricType.Counter);
        foreach (var f in capped)
            text.Sample("netstat_metrics_dropped_series_total", ["family"], [f.Name], _droppedTotal[f.Name]);
    }

    private static string ProtocolLabel(SocketProtocol protocol, AddressFamily family)
    {
        bool v6 = family == AddressFamily.InterNetworkV6;
        return protocol switch
        {
            SocketProtocol.Tcp => v6 ? "tcp6" : "tcp",
            SocketProtocol.Udp => v6 ? "udp6" : "udp",
            SocketProtocol.UdpLite => v6 ? "udpl6" : "udpl",
            _ => v6 ? "raw6" : "raw",
        };
    }

    private static readonly string[] InetStates =
    [
        "unknown", "established", "syn_sent", "syn_recv", "fin_wait1", "fin_wait2", "time_wait",
        "close", "close_wait", "last_ack", "listen", "closing", "new_syn_recv",
    ];

    /// <summary>The kernel's state name, lower-case as node_exporter writes it (UDP and raw sockets use the same numbers: 1 established, 7 close).</summary>
    internal static string InetStateLabel(byte state) => state < InetStates.Length ? InetStates[state] : "unknown";

    /// <summary>UNIX states named as netstat's State column shows them, lower-case; an unconnected listener is "listen".</summary>
    internal static string UnixStateLabel(in UnixSocket s) => s.State switch
    {
        0 => "free",
        1 => s.IsServer ? "listen" : "unconnected",
        2 => "connecting",
        3 => "connected",
        4 => "disconnecting",
        _ => "unknown",
    };

    private static string Address(InetAddress address)
    {
        Span<byte> buffer = stackalloc byte[InetAddressText.MaxLength];
        return Encoding.ASCII.GetString(buffer[..InetAddressText.Format(address, buffer)]);
    }

    /// <summary>"-" when no process was found (as netstat -p shows it), else the name with control characters escaped as the text output escapes them.</summary>
    private static string ProgramLabel(ProcessInfo? owner) => owner is null ? "-" : Safe(owner.Program);

    private static string Safe(ReadOnlySpan<byte> raw) => Encoding.UTF8.GetString(SafeText.Escape(raw));
}
