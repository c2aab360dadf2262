using System.Net.Sockets;
using System.Text;
using NetStat.Kernel;
using NetStat.Cli.Rendering;
using NetStat.Records;
using NetStat.Tables;
using NetStat.Text;

namespace NetStat.Cli.Metrics;

/// <summary>
/// Turns one snapshot of the kernel's tables into Prometheus series. Quantities node_exporter
/// also exports keep its names, labels, HELP and TYPE (netstat, sockstat and tcpstat collectors
/// of node_exporter 1.5), so its dashboards work unchanged; the rest is under "netstat_". One
/// instance lives as long as the process, so the dropped-series counter accumulates.
/// <para>
/// <paramref name="scope"/> says which network namespaces a snapshot reads. With --all-netns
/// every series carries a netns label, since the same names come once per namespace; with
/// --netns or --netns-pid only the per-socket netstat_ families do (as JSON records carry
/// "netns"), and the counter families stay exactly what node_exporter run in that namespace
/// exports.
/// </para>
/// </summary>
internal sealed class MetricsCollector(ProcPaths proc, MetricsSettings settings, MetricsScope? scope = null)
{
    /// <summary>The label that names a series' network namespace, as JSON's "netns" field does.</summary>
    public const string NetnsLabel = "netns";

    // With --all-netns, whether each namespace was read: as node_exporter's "up" of a target.
    private const string NamespaceUp = "netstat_namespace_up";

    private const string NamespaceUpHelp =
        "1 when the network namespace was read for this snapshot; 0 when it could not be entered or read (its series are left out) or its name under /run/netns has no namespace behind it.";

    private readonly MetricsScope _scope = scope ?? MetricsScope.Caller;
    private readonly ProcessScanner _scanner = new(proc);
    private readonly Dictionary<string, long> _droppedTotal = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>
    /// Reads everything and returns the exposition text. <paramref name="nodeSeries"/> false
    /// leaves out the node_* families (for node_exporter's textfile collector, whose own
    /// collectors export them: a name exported twice would be rejected).
    /// </summary>
    /// <exception cref="IOException">A table exists but cannot be read (not with --all-netns: that namespace is reported down).</exception>
    /// <exception cref="NetworkNamespaceException">A namespace cannot be opened or entered (not with --all-netns: as for a table).</exception>
    public byte[] Collect(bool nodeSeries)
    {
        // serve may be asked by two scrapers at once; one snapshot at a time keeps the process scan and counters consistent.
        lock (_gate)
        {
            var text = new ExpositionText();
            var sockets = new SocketFamilies(_scope.Labeled);
            // Processes are not per network namespace: one walk of /proc/PID/fd names the
            // sockets of every namespace read.
            var owners = _scanner.Scan();
            // With --all-netns a namespace that cannot be entered or read is reported down and
            // left out; the others are still exported.
            var up = _scope.All ? new MetricFamily(NamespaceUp, NamespaceUpHelp, MetricType.Gauge, NetnsLabel) : null;
            _scope.ForEach(proc, (paths, netns) =>
            {
                // Everything is read before anything is written, so a namespace whose socket
                // table fails leaves no half of its series. The counter files come first, before
                // this process opens netlink sockets of its own: sockstat's "sockets: used" then
                // counts what the caller saw.
                var counters = nodeSeries ? new ProtocolCounters(paths).ReadAll() : null;
                var sockstat = nodeSeries ? new SockstatFiles(paths).Read() : null;
                var counts = new SocketCounts(new SocketTable(paths), owners, sockets.Programs);
                text.LeadingLabel = _scope.All ? (NetnsLabel, netns!) : null;
                if (nodeSeries)
                {
                    NodeNetstat(text, counters!);
                    NodeSockstat(text, sockstat!);
                }
                counts.WriteTo(text, sockets, netns, nodeSeries);
                text.LeadingLabel = null;
            }, up is null ? null : (netns, read) => up.Add(read ? 1 : 0, netns));
            up?.WriteTo(text);
            Limits(text, sockets);
            return text.ToArray();
        }
    }

    /// <summary>node_netstat_{Table}_{Counter} from /proc/net/snmp, netstat and snmp6, as node_exporter names them; SCTP under netstat_sctp_.</summary>
    private static void NodeNetstat(ExpositionText text, CounterSnapshot snapshot)
    {
        // node_exporter 1.5 keeps one map per table name: a table's later header/value pair replaces
        // the earlier one whole (the kernel writes IcmpMsg in several pairs: only the last survives),
        // and /proc/net/snmp replaces /proc/net/netstat's table of the same name. snmp6 lines add
        // to their table, a later line of a name winning.
        var tables = new Dictionary<string, Dictionary<string, ulong>>(StringComparer.Ordinal);
        var sctp = new SortedDictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var source in (ReadOnlySpan<CounterFile>)[CounterFile.Netstat, CounterFile.Snmp, CounterFile.Snmp6, CounterFile.SctpSnmp])
        {
            if (snapshot[source] is not { } file)
                continue;
            foreach (var table in file.Tables)
            {
                if (source == CounterFile.SctpSnmp)
                {
                    foreach (var counter in table.Counters)
                        sctp.TryAdd(counter.Name, counter.Value);
                    continue;
                }
                Dictionary<string, ulong> fields;
                if (source == CounterFile.Snmp6)
                {
                    if (!tables.TryGetValue(table.Name, out fields!))
                        tables[table.Name] = fields = new(StringComparer.Ordinal);
                }
                else
                {
                    tables[table.Name] = fields = new(StringComparer.Ordinal);
                }
                foreach (var counter in table.Counters)
                {
                    // /proc/net/snmp6 names carry their table ("Ip6InReceives"); node_exporter splits after the first '6'.
                    string field = source == CounterFile.Snmp6 && counter.Name.StartsWith(table.Name, StringComparison.Ordinal)
                        ? counter.Name[table.Name.Length..]
                        : counter.Name;
                    fields[field] = counter.Value;
                }
            }
        }
        var families = new SortedDictionary<string, (string Help, double Value)>(StringComparer.Ordinal);
        foreach (var (table, fields) in tables)
        {
            foreach (var (field, value) in fields)
            {
                string name = "node_netstat_" + table + "_" + field;
                // The kernel's names are always valid; a synthetic file's are skipped rather than mangled (node_exporter panics on them).
                if (ExpositionText.IsMetricName(name))
                    families[name] = ("Statistic " + table + field + ".", NodeValue(table, field, value));
            }
        }
        foreach (var (name, (help, value)) in families)
        {
            text.Family(name, help, MetricType.Untyped);
            text.FloatSample(name, [], [], value);
        }
        foreach (var (counter, value) in sctp)
        {
            string name = "netstat_sctp_" + counter;
            if (!ExpositionText.IsMetricName(name))
                continue;
            text.Family(name, "Statistic " + counter + " from /proc/net/sctp/snmp.", MetricType.Untyped);
            text.Sample(name, [], [], (Int128)value);
        }
    }

    /// <summary>
    /// The value node_exporter gives a counter: it parses the kernel's text as a float. The
    /// kernel prints every counter unsigned except Tcp MaxConn ("%ld", -1 for "no limit"), which
    /// net-tools' unsigned reading turned into 2^64 - 1.
    /// </summary>
    internal static double NodeValue(string table, string field, ulong value) =>
        table == "Tcp" && field == "MaxConn" ? (long)value : value;

    /// <summary>node_sockstat_* from /proc/net/sockstat and sockstat6, with node_exporter's names and HELP.</summary>
    private static void NodeSockstat(ExpositionText text, IReadOnlyList<SockstatLine> sockstat)
    {
        var families = new SortedDictionary<string, (string Help, double Value)>(StringComparer.Ordinal);
        long pageSize = Environment.SystemPageSize;
        foreach (var line in sockstat)
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
                    Add(line.Protocol, "mem_bytes", (double)value * pageSize);
            }
        }
        foreach (var (name, (help, value)) in families)
        {
            text.Family(name, help, MetricType.Gauge);
            text.FloatSample(name, [], [], value);
        }

        void Add(string protocol, string field, double value)
        {
            string name = "node_sockstat_" + protocol + "_" + field;
            if (ExpositionText.IsMetricName(name))
                families.TryAdd(name, ($"Number of {protocol} sockets in state {field}.", value));
        }
    }

    /// <summary>
    /// The per-socket netstat_ families of a snapshot, filled namespace by namespace and written
    /// once at the end, so the cardinality limit counts a family's series over all namespaces.
    /// </summary>
    private sealed class SocketFamilies
    {
        private readonly bool _labeled;

        public SocketFamilies(bool labeled)
        {
            _labeled = labeled;
            string[] place = Labels(NetnsLabel, "proto", "address", "port", "program");
            Listeners = new MetricFamily("netstat_listener_info",
                "Sockets netstat -l lists (listening TCP, bound unconnected UDP/UDP-Lite/raw, listening UNIX), by local address, port and program; the value counts sockets sharing the labels.",
                MetricType.Gauge, place);
            Connections = new MetricFamily("netstat_connections",
                "Sockets netstat -a lists, by protocol, kernel state and program (never by remote address or port).",
                MetricType.Gauge, Labels(NetnsLabel, "proto", "state", "program"));
            Queue = new MetricFamily("netstat_listen_queue_length",
                "Connections waiting in a TCP listener's accept queue (netstat's Recv-Q of a LISTEN socket).",
                MetricType.Gauge, place);
            QueueMax = new MetricFamily("netstat_listen_queue_max",
                "Limit of a TCP listener's accept queue (listen() backlog capped by net.core.somaxconn; known only through netlink).",
                MetricType.Gauge, place);
        }

        public MetricFamily Listeners { get; }
        public MetricFamily Connections { get; }
        public MetricFamily Queue { get; }
        public MetricFamily QueueMax { get; }

        public MetricFamily[] All => [Listeners, Connections, Queue, QueueMax];

        /// <summary>Label names or values, after the namespace's when the series carry one.</summary>
        public string[] Labels(string? netns, params string[] rest) => _labeled ? [netns!, .. rest] : rest;

        /// <summary>One label string per process, not per socket: a server holds thousands of sockets.</summary>
        public Dictionary<ProcessInfo, string> Programs { get; } = new(ReferenceEqualityComparer.Instance);
    }

    /// <summary>
    /// One namespace's sockets, counted per label set (then added once per series: no label
    /// array or key string per socket), for node_tcp_connection_states and its part of the
    /// netstat_ families. Counting reads the tables and writes nothing, so a namespace whose
    /// table fails leaves none of its series behind.
    /// </summary>
    private sealed class SocketCounts
    {
        private readonly Dictionary<string, double> _states = new(StringComparer.Ordinal);
        private double _rxQueued, _txQueued;
        private readonly Dictionary<(string Proto, string State, string Program), long> _connections = [];
        private readonly Dictionary<(string Proto, InetAddress Address, ushort Port, string Program), Listener> _listeners = [];
        private readonly Dictionary<(string Path, string Program), long> _unixListeners = [];

        /// <exception cref="IOException">A table exists but cannot be read.</exception>
        public SocketCounts(SocketTable table, SocketOwners owners, Dictionary<ProcessInfo, string> programs)
        {
            string ProgramOf(SocketEntry s)
            {
                if (s.Process is not { } owner)
                    return "-";
                if (!programs.TryGetValue(owner, out var label))
                    programs[owner] = label = ProgramLabel(owner);
                return label;
            }

            // Every table through the library's facade, as any other consumer reads it: an absent table
            // (no module, EACCES) is skipped; one that exists but fails to read throws IOException, so
            // serve answers 500 and the textfile writer keeps the old file (with --all-netns: the
            // namespace is reported down and left out).
            foreach (var entry in table.Read(SocketQuery.All with { IncludeProcesses = true, Owners = owners }))
            {
                string program = ProgramOf(entry);
                if (entry.Unix is { } u)
                {
                    Count(_connections, ("unix", UnixStateLabel(u), program));
                    if (u.IsServer)
                        Count(_unixListeners, (Safe(u.Path.Span), program));
                    continue;
                }
                var s = entry.Inet!.Value;
                string proto = TextSocketRenderer.ProtocolName(s);
                string state = InetStateLabel(s.State);
                Count(_connections, (proto, state, program));
                bool listening = s.Protocol == SocketProtocol.Tcp && s.State == (byte)TcpState.Listen;
                if (s.IsServer || listening)
                {
                    ref var listener = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(
                        _listeners, (proto, s.LocalAddress, s.LocalPort, program), out _);
                    if (s.IsServer)
                        listener.Sockets++;
                    if (listening)
                    {
                        listener.Listening = true;
                        listener.Queued += s.ReceiveQueue;
                        if (s.AcceptQueueLimit is uint limit)
                            listener.QueueMax = (listener.QueueMax ?? 0) + limit;
                    }
                }
                if (s.Protocol != SocketProtocol.Tcp)
                    continue;
                // node_exporter's tcpstat: every TCP socket counted by state, and the queues summed
                // as inet_diag reports them (for a listener, wqueue is its accept queue's limit).
                ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_states, state, out _);
                count++;
                _rxQueued += s.ReceiveQueue;
                _txQueued += s.AcceptQueueLimit ?? s.SendQueue;
            }
        }

        /// <summary>Adds the counts to the netstat_ families, and writes node_tcp_connection_states when <paramref name="nodeSeries"/>.</summary>
        public void WriteTo(ExpositionText text, SocketFamilies families, string? netns, bool nodeSeries)
        {
            foreach (var ((proto, state, program), n) in _connections)
                families.Connections.Add(n, families.Labels(netns, proto, state, program));
            // One label array per listening address, shared by its three families.
            foreach (var ((proto, address, port, program), listener) in _listeners)
            {
                string[] labels = families.Labels(netns, proto, Address(address), Port(port), program);
                if (listener.Sockets > 0)
                    families.Listeners.Add(listener.Sockets, labels);
                if (listener.Listening)
                    families.Queue.Add(listener.Queued, labels);
                if (listener.QueueMax is Int128 max)
                    families.QueueMax.Add(max, labels);
            }
            foreach (var ((path, program), n) in _unixListeners)
                families.Listeners.Add(n, families.Labels(netns, "unix", path, "", program));

            if (nodeSeries)
            {
                text.Family("node_tcp_connection_states", "Number of connection states.", MetricType.Gauge);
                foreach (var (state, count) in _states.OrderBy(p => p.Key, StringComparer.Ordinal))
                    text.FloatSample("node_tcp_connection_states", ["state"], [state], count);
                text.FloatSample("node_tcp_connection_states", ["state"], ["rx_queued_bytes"], _rxQueued);
                text.FloatSample("node_tcp_connection_states", ["state"], ["tx_queued_bytes"], _txQueued);
            }
        }
    }

    /// <summary>
    /// The sockets of one listening address: how many netstat -l lists (<see cref="Sockets"/>), and
    /// for TCP LISTEN ones their accept queues summed (the limit only when netlink gave one).
    /// </summary>
    private struct Listener
    {
        public long Sockets;
        public bool Listening;
        public Int128 Queued;
        public Int128? QueueMax;
    }

    /// <summary>The netstat_ families, capped, and the limit's own series (the process's, never per namespace).</summary>
    private void Limits(ExpositionText text, SocketFamilies sockets)
    {
        var capped = sockets.All;
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


    // node_exporter's tcpstat writes netstat's State names lower-case; 0 and anything past CLOSING
    // (12, NEW_SYN_RECV) are "unknown" there as in netstat's "UNKNOWN".
    private static readonly string[] InetStates =
        [.. Enumerable.Range(0, 13).Select(n => TextSocketRenderer.TcpStateName(n).ToLowerInvariant())];

    /// <summary>The kernel's state name, lower-case as node_exporter writes it (UDP and raw sockets use the same numbers: 1 established, 7 close).</summary>
    internal static string InetStateLabel(byte state) => state < InetStates.Length ? InetStates[state] : "unknown";

    private static void Count<TKey>(Dictionary<TKey, long> counts, TKey key)
        where TKey : notnull =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;

    private static string Port(ushort port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // The renderer's UNIX state names, lower-case.
    private static readonly string[] UnixStates = Array.ConvertAll(TextSocketRenderer.UnixStateNames, n => n.ToLowerInvariant());

    /// <summary>
    /// UNIX states named as netstat's State column shows them, lower-case; state 1 is "listen"
    /// (as TCP's, not LISTENING) for a listener, "unconnected" (netstat's blank) otherwise.
    /// </summary>
    internal static string UnixStateLabel(in UnixSocket s) =>
        s.State == 1 ? (s.IsServer ? "listen" : "unconnected")
        : s.State < UnixStates.Length ? UnixStates[s.State] : "unknown";

    private static string Address(InetAddress address)
    {
        Span<byte> buffer = stackalloc byte[InetAddressText.MaxLength];
        return Encoding.ASCII.GetString(buffer[..InetAddressText.Format(address, buffer)]);
    }

    /// <summary>"-" when no process was found (as netstat -p shows it), else the name with control characters escaped as the text output escapes them.</summary>
    private static string ProgramLabel(ProcessInfo? owner) => owner is null ? "-" : Safe(owner.Program);

    private static string Safe(ReadOnlySpan<byte> raw) => Encoding.UTF8.GetString(SafeText.Escape(raw));
}
