using System.Text;
using System.Text.RegularExpressions;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Metrics;

/// <summary>
/// --prometheus in a namespace with listeners, connections and hostile names: a real parser
/// (promtool) accepts it, and every value equals what net-tools' text output (or the kernel
/// file it reads) shows for the same sockets.
/// </summary>
public sealed partial class MetricsOutputTests(MetricsWorld fixture) : IClassFixture<MetricsWorld>
{
    /// <summary>
    /// What promtool's linter says about node_exporter's own names (its netstat and sockstat
    /// collectors use the kernel's CamelCase): the price of staying compatible, not an error.
    /// </summary>
    [GeneratedRegex(@"^(node_netstat|node_sockstat)_[A-Za-z0-9_]+ metric names should be written in 'snake_case' not 'camelCase'$")]
    private static partial Regex NodeExporterCamelCase();

    private static RunResult Promtool(string text) => ProcessRunner.Run("promtool", ["check", "metrics"], TimeSpan.FromSeconds(60), stdin: text);

    /// <summary>promtool parses <paramref name="exposition"/> and says nothing but the CamelCase lint on node_exporter's names.</summary>
    internal static void PromtoolAccepts(string exposition)
    {
        Skip.If(!File.Exists("/usr/bin/promtool"), "needs promtool (Debian package prometheus)");
        var check = Promtool(exposition);
        var complaints = (check.StdoutText + check.StderrText).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(complaints); // node_exporter's names always draw the CamelCase lint
        foreach (var line in complaints)
            Assert.Matches(NodeExporterCamelCase(), line);

        // The check is not vacuous: the same text with one bad escape is a parse error.
        var broken = Promtool(exposition + "# HELP x_y z\n# TYPE x_y gauge\nx_y{a=\"\\q\"} 1\n");
        Assert.Contains("text format parsing error", broken.StdoutText + broken.StderrText);
        Assert.Equal(1, broken.ExitCode);
    }

    [SkippableFact]
    public void PromtoolParsesTheOutput()
    {
        fixture.SkipIfUnavailable();
        var ours = fixture.Ours("--prometheus");
        Assert.Equal(0, ours.ExitCode);
        PromtoolAccepts(ours.StdoutText);
    }

    [SkippableFact]
    public void EveryFamilyHasHelpTypeAndUniqueSeries()
    {
        fixture.SkipIfUnavailable();
        var metrics = fixture.Metrics();
        foreach (var f in metrics.Values)
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Help), f.Name);
            Assert.NotNull(f.Type);
        }
        foreach (var name in new[] { "netstat_listener_info", "netstat_connections", "netstat_listen_queue_length", "netstat_listen_queue_max",
                     "node_tcp_connection_states", "node_netstat_Tcp_ActiveOpens", "node_netstat_Ip6_InOctets", "node_sockstat_TCP_inuse" })
            Assert.True(metrics.ContainsKey(name), name);
        // Never a remote address or port.
        foreach (var f in metrics.Values.Where(f => f.Name.StartsWith("netstat_", StringComparison.Ordinal)))
            foreach (var s in f.Samples)
                Assert.DoesNotContain(s.Labels.Keys, k => k.Contains("remote") || k.Contains("foreign") || k.Contains("peer"));
    }

    [SkippableFact]
    public void HostileProgramNamesAreEscapedAsInTheTextOutput()
    {
        fixture.SkipIfUnavailable();
        var listeners = fixture.Metrics()["netstat_listener_info"].Samples;

        // weird_name.py's listener: net-tools' -p column holds its name raw (quote, backslash, newline).
        var tcp = Latin1(fixture.Reference("-tlnp").Stdout);
        var weirdRow = Assert.Single(TcpProgramColumn().Matches(tcp), m => m.Groups["local"].Value == $"127.0.0.1:{MetricsWorld.WeirdPort}");
        var (_, weirdName) = ProgramOf(tcp, weirdRow.Groups["pid"].Index);
        Assert.Contains((byte)'\n', weirdName);
        var weird = Assert.Single(listeners, s => s["port"] == MetricsWorld.WeirdPort.ToString());
        Assert.Equal(RawNames.ReadmeEscape(weirdName), weird["program"]);

        // hostile.py's UNIX listeners: its name and paths carry ESC, BEL and TAB, raw in net-tools' rows.
        var unix = Latin1(fixture.Reference("-xlp").Stdout);
        var hostileRows = UnixProgramColumn().Matches(unix)
            .Select(m => (Program: ProgramOf(unix, m.Groups["pid"].Index), Path: unix[(m.Groups["pid"].Index + 21)..(m.Index + m.Length)]))
            .Where(r => r.Program.Name.AsSpan().IndexOf((byte)0x1b) >= 0).ToList();
        Assert.NotEmpty(hostileRows);
        var evilName = hostileRows[0].Program.Name;
        Assert.All(hostileRows, r => Assert.Equal(evilName, r.Program.Name));
        var evil = listeners.Where(s => s["proto"] == "unix" && s["program"].StartsWith("evil", StringComparison.Ordinal)).ToList();
        Assert.Equal(hostileRows.Count, evil.Count);
        Assert.All(evil, s => Assert.Equal(RawNames.ReadmeEscape(evilName), s["program"]));
        // Their paths, escaped the same way (not the one with a space: net-tools' sscanf cuts that path there).
        var paths = hostileRows.Select(r => Encoding.Latin1.GetBytes(r.Path))
            .Where(p => p.AsSpan().EndsWith(".sock"u8) || p.AsSpan().StartsWith("@"u8)).ToList();
        Assert.True(paths.Count == 3, "net-tools' hostile paths: " + string.Join(" | ", hostileRows.Select(r => r.Path)));
        Assert.Contains(paths, p => p.AsSpan().IndexOfAny((byte)0x07, (byte)0x1b) >= 0);
        foreach (var path in paths)
            Assert.Contains(evil, s => s["address"] == RawNames.ReadmeEscape(path));

        // No raw control character anywhere in the metrics.
        Assert.DoesNotContain(fixture.Ours("--prometheus").StdoutText, c => c < 0x20 && c != '\n');
    }

    private static string Latin1(byte[] stdout) => Encoding.Latin1.GetString(stdout);

    /// <summary>
    /// The program whose PID starts at <paramref name="pidIndex"/> of net-tools' output, uncut.
    /// net-tools prints "PID/NAME" raw, cut to 19 bytes and padded to 20 (reference 2.8), NAME
    /// being argv[0] of /proc/PID/cmdline (its base name when it starts with '/'): the column must
    /// be exactly that argv[0], cut where net-tools cuts it, and the whole argv[0] is returned.
    /// </summary>
    private static (int Pid, byte[] Name) ProgramOf(string output, int pidIndex)
    {
        var column = output.Substring(pidIndex, Math.Min(19, output.Length - pidIndex));
        int slash = column.IndexOf('/');
        int pid = int.Parse(column[..slash], System.Globalization.CultureInfo.InvariantCulture);
        var cmdline = File.ReadAllBytes($"/proc/{pid}/cmdline");
        var argv0 = cmdline.AsSpan(0, cmdline.AsSpan().IndexOf((byte)0) is int nul and >= 0 ? nul : cmdline.Length);
        if (argv0.StartsWith("/"u8))
            argv0 = argv0[(argv0.LastIndexOf((byte)'/') + 1)..];
        int room = 19 - (slash + 1);
        Assert.Equal(Latin1(argv0[..Math.Min(argv0.Length, room)].ToArray()).PadRight(room), column[(slash + 1)..]);
        return (pid, argv0.ToArray());
    }

    /// <summary>A TCP row of net-tools' -tlnp, up to the start of its PID/Program column (the name may hold a newline).</summary>
    [GeneratedRegex(@"^tcp +\d+ +\d+ (?<local>\S+) +\S+ +LISTEN +(?<pid>\d+)/", RegexOptions.Multiline)]
    private static partial Regex TcpProgramColumn();

    /// <summary>A UNIX row of net-tools' -xlp; its PID/Program column is 20 wide, then one space and the path.</summary>
    [GeneratedRegex(@"^unix +\d+ +\[[A-Z ]*\] +[A-Z]+ +LISTENING +\d+ +(?<pid>\d+)/[^\n]*", RegexOptions.Multiline)]
    private static partial Regex UnixProgramColumn();

    /// <summary>Sockets appear and vanish (TIME_WAIT ends): compare snapshots taken back to back, a few times if needed.</summary>
    private static void Eventually(Action compare)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                compare();
                return;
            }
            catch (Xunit.Sdk.XunitException) when (attempt < 3)
            {
                Thread.Sleep(200);
            }
        }
    }

    private static readonly string[] InetProtocols = ["tcp", "tcp6", "udp", "udp6", "udpl", "udpl6", "raw", "raw6"];

    [SkippableFact]
    public void ListenersEqualTheRowsOfNetstatL()
    {
        fixture.SkipIfUnavailable();
        Eventually(() =>
        {
            var reference = fixture.Reference("-lnW").StdoutText.Split('\n');
            var metrics = fixture.Metrics();
            foreach (var proto in InetProtocols.Append("unix"))
            {
                int rows = reference.Count(l => l.StartsWith(proto + " ", StringComparison.Ordinal));
                Assert.True(rows == Exposition.Sum(metrics, "netstat_listener_info", ("proto", proto)), $"{proto}: {rows} rows in netstat -l");
            }
            Assert.Equal(MetricsWorld.ListenerCount, Exposition.Sum(metrics, "netstat_listener_info", ("program", MetricsWorld.ListenerProgram)));
        });
    }

    /// <summary>net-tools' State column → our state label (UDP shows 1 as ESTABLISHED and 7 as blank; raw shows the number).</summary>
    private static string StateLabel(string proto, string column) => (proto, column) switch
    {
        ("unix", "LISTENING") => "listen",
        ("unix", "") => "unconnected",
        (_, "") => "close",
        ("raw" or "raw6", _) => column switch { "1" => "established", "7" => "close", _ => "n" + column },
        (_, "LISTEN") => "listen",
        _ => column.ToLowerInvariant(),
    };

    private static Dictionary<(string Proto, string State), int> ReferenceStates(string text)
    {
        var counts = new Dictionary<(string, string), int>();
        foreach (var line in text.Split('\n'))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length == 0)
                continue;
            string state;
            if (InetProtocols.Contains(f[0]))
                state = f.Length > 5 ? f[5] : "";
            else if (f[0] == "unix")
            {
                // unix RefCnt [ flags ] Type State I-Node Path: the state is blank when the word after the type is the inode.
                int close = Array.IndexOf(f, "]");
                state = f[close + 2].All(char.IsAsciiDigit) ? "" : f[close + 2];
            }
            else
                continue;
            var key = (f[0], StateLabel(f[0], state));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    [SkippableFact]
    public void ConnectionsEqualTheRowsOfNetstatA()
    {
        fixture.SkipIfUnavailable();
        Eventually(() =>
        {
            var expected = ReferenceStates(fixture.Reference("-anW").StdoutText);
            var metrics = fixture.Metrics();
            var actual = metrics["netstat_connections"].Samples
                .GroupBy(s => (s["proto"], s["state"]))
                .ToDictionary(g => g.Key, g => (int)g.Sum(s => s.Value));
            Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
            Assert.True(expected.Count >= 10, "the world's sockets are missing");
        });
    }

    [SkippableFact]
    public void TcpConnectionStatesEqualNetstatRows()
    {
        fixture.SkipIfUnavailable();
        Eventually(() =>
        {
            var expected = ReferenceStates(fixture.Reference("-antW").StdoutText)
                .GroupBy(p => p.Key.State).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
            var metrics = fixture.Metrics();
            var actual = metrics["node_tcp_connection_states"].Samples
                .Where(s => !s["state"].EndsWith("_queued_bytes", StringComparison.Ordinal))
                .ToDictionary(s => s["state"], s => (int)s.Value);
            Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
        });
    }

    [SkippableFact]
    public void ListenQueuesEqualRecvQAndTheBacklog()
    {
        fixture.SkipIfUnavailable();
        // sockets.py leaves one connection in the accept queue of 127.0.0.1:9090 (backlog 7).
        var row = Assert.Single(fixture.Reference("-ltnW").StdoutText.Split('\n'), l => l.Contains("127.0.0.1:9090 "));
        double recvQ = double.Parse(row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        Assert.Equal(1, recvQ);
        var metrics = fixture.Metrics();
        Assert.Equal(recvQ, Exposition.Sum(metrics, "netstat_listen_queue_length", ("port", "9090")));
        // netstat shows 0 as a listener's Send-Q; ss shows the backlog there.
        var ss = Assert.Single(fixture.World.Exec("ss -ltnH").Split('\n'), l => l.Contains("127.0.0.1:9090 "));
        double backlog = double.Parse(ss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2]);
        Assert.Equal(7, backlog);
        Assert.Equal(backlog, Exposition.Sum(metrics, "netstat_listen_queue_max", ("port", "9090")));
        // Every TCP listener has both series, and only TCP listeners.
        int tcpListeners = (int)Exposition.Sum(metrics, "netstat_listener_info", ("proto", "tcp")) + (int)Exposition.Sum(metrics, "netstat_listener_info", ("proto", "tcp6"));
        Assert.Equal(tcpListeners, metrics["netstat_listen_queue_length"].Samples.Count);
        Assert.Equal(tcpListeners, metrics["netstat_listen_queue_max"].Samples.Count);
    }

    [SkippableFact]
    public void ProcfsGivesTheSameSocketsWithoutTheBacklogLimit()
    {
        fixture.SkipIfUnavailable();
        static string[] Lines(Dictionary<string, Family> m, string name) =>
            m[name].Samples.Select(s => string.Join(",", s.Labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Value)) + " " + s.Value).Order().ToArray();
        Eventually(() =>
        {
            var netlink = fixture.Metrics();
            var procfs = fixture.Metrics("NETSTAT_NO_NETLINK=1");
            foreach (var name in new[] { "netstat_listener_info", "netstat_connections", "netstat_listen_queue_length" })
                Assert.Equal(Lines(netlink, name), Lines(procfs, name));
            Assert.NotEmpty(netlink["netstat_listen_queue_max"].Samples);
            Assert.Empty(procfs["netstat_listen_queue_max"].Samples);
        });
    }

    [SkippableFact]
    public void CountersEqualNetstatS()
    {
        fixture.SkipIfUnavailable();
        (string Metric, string Section, string Text)[] pairs =
        [
            ("node_netstat_Tcp_ActiveOpens", "Tcp", "active connection openings"),
            ("node_netstat_Tcp_PassiveOpens", "Tcp", "passive connection openings"),
            ("node_netstat_Tcp_CurrEstab", "Tcp", "connections established"),
            ("node_netstat_Tcp_InSegs", "Tcp", "segments received"),
            ("node_netstat_Tcp_OutSegs", "Tcp", "segments sent out"),
            ("node_netstat_Udp_InDatagrams", "Udp", "packets received"),
            ("node_netstat_Udp_OutDatagrams", "Udp", "packets sent"),
        ];
        Eventually(() =>
        {
            var text = fixture.Reference("-s").StdoutText;
            var metrics = fixture.Metrics();
            foreach (var (metric, section, phrase) in pairs)
            {
                var lines = text.Split('\n');
                int head = Array.IndexOf(lines, section + ":");
                Assert.True(head >= 0, section);
                var block = string.Concat(lines.Skip(head + 1).TakeWhile(l => l.StartsWith(' ')).Select(l => l.Trim() + "\n"));
                var m = Regex.Match(block, @"(?m)^(\d+) " + Regex.Escape(phrase) + "$");
                Assert.True(m.Success, $"{phrase} in {section}");
                Assert.True(double.Parse(m.Groups[1].Value) == Exposition.Sum(metrics, metric), $"{metric}: netstat -s says {m.Groups[1].Value}");
            }
        });
    }

    [SkippableFact]
    public void SockstatEqualsTheKernelFile()
    {
        fixture.SkipIfUnavailable();
        Eventually(() =>
        {
            var lines = fixture.World.Exec("cat /proc/net/sockstat /proc/net/sockstat6").Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var metrics = fixture.Metrics();
            int compared = 0;
            foreach (var line in lines)
            {
                var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                string proto = f[0].TrimEnd(':');
                for (int i = 1; i + 1 < f.Length; i += 2)
                {
                    string name = proto == "sockets" ? "node_sockstat_sockets_used" : $"node_sockstat_{proto}_{f[i]}";
                    Assert.True(double.Parse(f[i + 1]) == Exposition.Sum(metrics, name), $"{name}: {line}");
                    if (f[i] == "mem")
                        Assert.Equal(double.Parse(f[i + 1]) * Environment.SystemPageSize, Exposition.Sum(metrics, $"node_sockstat_{proto}_mem_bytes"));
                    compared++;
                }
            }
            Assert.True(compared >= 15);
        });
    }

    [SkippableFact]
    public void FamiliesMatchNodeExporters()
    {
        fixture.SkipIfUnavailable();
        Skip.If(!File.Exists("/usr/bin/prometheus-node-exporter"), "needs prometheus-node-exporter");
        var exporter = fixture.World.Spawn(
            "exec prometheus-node-exporter --web.listen-address=127.0.0.1:19100 --collector.disable-defaults " +
            "--collector.netstat --collector.netstat.fields='.*' --collector.sockstat --collector.tcpstat 2>&1",
            "Listening on");
        MetricsWorld.WithHelper(exporter, () =>
        {
            var (status, body) = fixture.Get("http://127.0.0.1:19100/metrics");
            Assert.Equal(200, status);
            var theirs = Exposition.Parse(body);
            var ours = fixture.Metrics();
            var compatible = theirs.Values.Where(f => f.Name.StartsWith("node_netstat_", StringComparison.Ordinal)
                || f.Name.StartsWith("node_sockstat_", StringComparison.Ordinal) || f.Name == "node_tcp_connection_states").ToList();
            Assert.True(compatible.Count > 100, "node_exporter exported too little to compare");
            foreach (var f in compatible)
            {
                Assert.True(ours.TryGetValue(f.Name, out var mine), $"node_exporter has {f.Name}, we do not");
                Assert.Equal(f.Help, mine!.Help);
                Assert.Equal(f.Type, mine.Type);
                Assert.Equal(f.Samples.SelectMany(s => s.Labels.Keys).Distinct().Order(), mine.Samples.SelectMany(s => s.Labels.Keys).Distinct().Order());
            }
            // And nothing under node_exporter's prefixes that it does not have itself.
            foreach (var name in ours.Keys.Where(n => n.StartsWith("node_", StringComparison.Ordinal)))
                Assert.True(theirs.ContainsKey(name), $"we export {name}, node_exporter does not");

            // The values of what stays put between two scrapes: the RTO settings and MaxConn (-1 in
            // node_exporter, not net-tools' 2^64-1), sockets in use in this quiet namespace (not
            // alloc, orphan or memory, which are the host's), and TCP sockets per state (not the
            // queued bytes). The scrape's own TCP connection (two sockets, established) exists
            // only while node_exporter counts and then waits in TIME_WAIT, so TCP in use, established
            // and time_wait are left out.
            Eventually(() =>
            {
                var (_, again) = fixture.Get("http://127.0.0.1:19100/metrics");
                var expected = Exposition.Parse(again);
                var actual = fixture.Metrics();
                var stable = expected.Values.Where(f =>
                    f.Name is "node_netstat_Tcp_RtoAlgorithm" or "node_netstat_Tcp_RtoMin" or "node_netstat_Tcp_RtoMax" or "node_netstat_Tcp_MaxConn"
                    || (f.Name.StartsWith("node_sockstat_", StringComparison.Ordinal) && f.Name.EndsWith("_inuse", StringComparison.Ordinal) && f.Name != "node_sockstat_TCP_inuse")
                    || f.Name == "node_tcp_connection_states").ToList();
                Assert.True(stable.Count >= 10, "too few stable families to compare");
                foreach (var f in stable)
                {
                    foreach (var sample in f.Samples.Where(s => s["state"] is not ("rx_queued_bytes" or "tx_queued_bytes" or "established" or "time_wait")))
                    {
                        var match = actual[f.Name].Samples.SingleOrDefault(m => m.Labels.Count == sample.Labels.Count && sample.Labels.All(l => m[l.Key] == l.Value));
                        Assert.True(match is not null, $"{f.Name} {string.Join(',', sample.Labels)}: node_exporter has it, we do not");
                        Assert.True(sample.Value == match!.Value, $"{f.Name} {string.Join(',', sample.Labels)}: node_exporter {sample.Value}, we {match.Value}");
                    }
                }
                Assert.Equal(-1, actual["node_netstat_Tcp_MaxConn"].Samples.Single().Value);
            });
        });
    }

    [SkippableFact]
    public void TheCardinalityLimitKeepsTheLargestAndCountsTheRest()
    {
        fixture.SkipIfUnavailable();
        // Two snapshots: a TIME_WAIT socket may end between them, so compare again if needed.
        Dictionary<string, Family> capped = null!;
        Eventually(() =>
        {
            var all = fixture.Metrics();
            capped = fixture.Metrics("NETSTAT_METRICS_MAX_SERIES=3");
            foreach (var name in new[] { "netstat_listener_info", "netstat_connections", "netstat_listen_queue_length" })
            {
                int total = all[name].Samples.Count;
                Assert.True(total > 3, name);
                Assert.Equal(3, capped[name].Samples.Count);
                var dropped = Assert.Single(capped["netstat_metrics_dropped_series_total"].Samples, s => s["family"] == name);
                Assert.Equal(total - 3, dropped.Value);
                Assert.Equal(0, Assert.Single(all["netstat_metrics_dropped_series_total"].Samples, s => s["family"] == name).Value);
                // The kept ones are the largest.
                var threshold = all[name].Samples.Select(s => s.Value).OrderDescending().ElementAt(2);
                Assert.All(capped[name].Samples, s => Assert.True(s.Value >= threshold));
            }
        });
        Assert.Equal(3, Exposition.Sum(capped, "netstat_metrics_series_limit"));

        var bad = fixture.World.Run("env", ["NETSTAT_METRICS_MAX_SERIES=lots", Repo.OurNetstat, "--prometheus"]);
        Assert.Equal(1, bad.ExitCode);
        Assert.Equal("netstat: NETSTAT_METRICS_MAX_SERIES: not a positive number 'lots'\n", bad.StderrText);
        Assert.Empty(bad.Stdout);
    }
}
