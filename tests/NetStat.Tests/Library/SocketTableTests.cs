using System.Net;
using System.Net.Sockets;
using NetStat.Records;
using NetStat.Tables;
using NetStat.Tests.Differential;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Library;

/// <summary>
/// The library's socket table on the CLI's socket world (a socket of every kind, shared
/// listeners, long program names), compared with what /usr/bin/netstat lists in the same world.
/// </summary>
public sealed class SocketTableTests(SocketWorld fixture) : IClassFixture<SocketWorld>
{
    private const string NetToolsArgs = "-nWe";

    public static TheoryData<string, string, string?> Queries() => new()
    {
        // query name, netstat selection, state kept from netstat's rows (null: all)
        { "all", "-a", null },
        { "listeners", "-l", null },
        { "non-listening", "", null },
        { "tcp", "-ta", null },
        { "tcp listeners v4", "-tl -A inet", null },
        { "tcp established", "-ta", "ESTABLISHED" },
        { "tcp time-wait and close-wait", "-ta", "TIME_WAIT|CLOSE_WAIT" },
        { "udp v6", "-ua -A inet6", null },
        { "udp-lite", "-Ua", null },
        { "raw", "-wa", null },
        { "unix", "-xa", null },
        { "unix listeners", "-xl", null },
    };

    private static SocketQuery QueryNamed(string name) => name switch
    {
        "all" => SocketQuery.All with { IncludeProcesses = true },  // the one case that walks /proc (slow on a busy host)
        "listeners" => SocketQuery.Listeners,
        "non-listening" => new SocketQuery { Listening = ListeningFilter.NonListening },
        "tcp" => new SocketQuery { Protocols = SocketProtocols.Tcp },
        "tcp listeners v4" => SocketQuery.Listeners with { Protocols = SocketProtocols.Tcp, Families = IPFamilies.IPv4 },
        "tcp established" => new SocketQuery { Protocols = SocketProtocols.Tcp, TcpStates = TcpStates.Established },
        "tcp time-wait and close-wait" => new SocketQuery { Protocols = SocketProtocols.Tcp, TcpStates = TcpStates.TimeWait | TcpStates.CloseWait },
        "udp v6" => new SocketQuery { Protocols = SocketProtocols.Udp, Families = IPFamilies.IPv6 },
        "udp-lite" => new SocketQuery { Protocols = SocketProtocols.UdpLite },
        "raw" => new SocketQuery { Protocols = SocketProtocols.Raw },
        "unix" => new SocketQuery { Protocols = SocketProtocols.Unix },
        "unix listeners" => SocketQuery.Listeners with { Protocols = SocketProtocols.Unix },
        _ => throw new ArgumentException(name),
    };

    private List<string> NetToolsRowsFor(string selection, string? states, bool withPid)
    {
        var run = fixture.World.Run(Repo.ReferenceNetstat, $"{selection} {NetToolsArgs}{(withPid ? "p" : "")}".Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(0, run.ExitCode);
        var rows = NetToolsRows.Parse(run.StdoutText, withPid);
        if (states is not null)
        {
            var keep = states.Split('|');
            rows = rows.Where(r => keep.Contains(r.Split('|')[5])).ToList();
        }
        return rows;
    }

    [SkippableTheory]
    [MemberData(nameof(Queries))]
    public void QueryListsWhatNetToolsLists(string query, string selection, string? states)
    {
        fixture.SkipIfUnavailable();
        var expected = NetToolsRowsFor(selection, states, withPid: query == "all");
        Assert.NotEmpty(expected);
        var actual = InNamespace.Run(fixture.World.Name, proc => InNamespace.Sockets(proc).Snapshot(QueryNamed(query)).Select(NetToolsRows.Of).ToList());
        NetToolsRows.AssertSameRows(expected, actual, query);
    }

    [SkippableTheory]
    [MemberData(nameof(Queries))]
    public void QueryListsWhatNetToolsListsFromProcfs(string query, string selection, string? states)
    {
        fixture.SkipIfUnavailable();
        var expected = NetToolsRowsFor(selection, states, withPid: query == "all");
        Assert.NotEmpty(expected);
        var actual = InNamespace.Run(fixture.World.Name, proc => InNamespace.Sockets(proc, netlink: false).Snapshot(QueryNamed(query)).Select(NetToolsRows.Of).ToList());
        NetToolsRows.AssertSameRows(expected, actual, query + " (procfs)");
    }

    [SkippableTheory]
    [InlineData(true)]
    [InlineData(false)]
    public void FilterKeepsTheRowsOfNetToolsWithThePort(bool netlink)
    {
        fixture.SkipIfUnavailable();
        // --port 7001's filter: net-tools' Internet rows with 7001 as local or remote port (UNIX sockets have no port).
        var expected = NetToolsRowsFor("-a", null, withPid: false)
            .Where(r => r.Split('|') is var f && f.Length > 4 && (f[2] == "7001" || f[4] == "7001")).ToList();
        Assert.NotEmpty(expected);
        var query = new SocketQuery { Filter = new NetStat.Query.SocketFilterBuilder().Add(NetStat.Query.FilterField.Port, "7001").Build() };
        var actual = InNamespace.Run(fixture.World.Name, proc => InNamespace.Sockets(proc, netlink).Snapshot(query).Select(NetToolsRows.Of).ToList());
        NetToolsRows.AssertSameRows(expected, actual, $"port 7001 ({(netlink ? "netlink" : "procfs")})");
    }

    /// <summary>
    /// holder.py 7001 listens, then forks: parent and child hold the same socket. netstat -p
    /// names the first; the child's pid comes from the kernel's children list.
    /// </summary>
    private (int Parent, int Child) SharedListenerHolders()
    {
        var netTools = NetToolsRowsFor("-tl", null, withPid: true).Single(r => r.Split('|')[2] == "7001");
        int parent = int.Parse(netTools.Split('|')[^1]);
        int child = int.Parse(File.ReadAllText($"/proc/{parent}/task/{parent}/children").Trim().Split(' ')[0]);
        return (parent, child);
    }

    [SkippableFact]
    public void EveryHolderOfASharedListenerIsListed()
    {
        fixture.SkipIfUnavailable();
        var (parent, child) = SharedListenerHolders();
        var entry = InNamespace.Run(fixture.World.Name, proc =>
            InNamespace.Sockets(proc).Read(SocketQuery.Listeners with { Protocols = SocketProtocols.Tcp, IncludeProcesses = true }).Single(s => s.LocalPort == 7001));
        Assert.Equal(parent, entry.Process!.Pid);
        Assert.Equal([parent, child], entry.Processes.Select(p => p.Pid).Order());
        Assert.Equal("a-very-long-program-name-indeed", entry.Process.ProgramName);
        Assert.Equal(TcpState.Listen, entry.TcpState);
        Assert.True(entry.IsListening);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 7001), entry.LocalEndPoint);
    }

    [SkippableFact]
    public void OneProcessScanServesReadsInsideTheNamespace()
    {
        fixture.SkipIfUnavailable();
        // Processes are not per network namespace: a scan made outside names the holders inside
        // (what a reader of several namespaces does to walk /proc/PID/fd once).
        var (parent, child) = SharedListenerHolders();
        var everyHolder = NetStat.Kernel.ProcessScanner.Default.Scan(allHolders: true);
        var shownOnly = NetStat.Kernel.ProcessScanner.Default.Scan();
        var query = SocketQuery.Listeners with { Protocols = SocketProtocols.Tcp, IncludeProcesses = true };
        var (all, shown) = InNamespace.Run(fixture.World.Name, proc =>
        {
            var table = InNamespace.Sockets(proc);
            return (table.Read(query with { Owners = everyHolder }).Single(s => s.LocalPort == 7001),
                    table.Read(query with { Owners = shownOnly }).Single(s => s.LocalPort == 7001));
        });
        Assert.Equal([parent, child], all.Processes.Select(p => p.Pid).Order());
        // A scan that kept only the first holder gives the process netstat -p shows, and no other.
        Assert.Equal([parent], shown.Processes.Select(p => p.Pid));

        var expected = NetToolsRowsFor("-a", null, withPid: true);
        var actual = InNamespace.Run(fixture.World.Name, proc =>
            InNamespace.Sockets(proc).Snapshot(SocketQuery.All with { IncludeProcesses = true, Owners = NetStat.Kernel.ProcessScanner.Default.Scan() }).Select(NetToolsRows.Of).ToList());
        NetToolsRows.AssertSameRows(expected, actual, "all, with the caller's scan");
    }

    /// <summary>
    /// net-tools' rows of every socket as "proto local remote user inode" (with the user's name:
    /// numeric hosts and ports only) and "Unix inode path" (net-tools cuts a path at a space).
    /// </summary>
    private List<string> NetToolsEndpoints()
    {
        var run = fixture.World.Run(Repo.ReferenceNetstat, ["-a", "--numeric-hosts", "--numeric-ports", "-W", "-e"]);
        Assert.Equal(0, run.ExitCode);
        var rows = new List<string>();
        foreach (var line in run.StdoutText.Split('\n'))
        {
            var t = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (t.Length == 0)
                continue;
            if (t[0] is "tcp" or "tcp6" or "udp" or "udp6" or "udpl" or "udpl6" or "raw" or "raw6")
            {
                var (la, lp) = NetToolsRows.Endpoint(t[3]);
                var (ra, rp) = NetToolsRows.Endpoint(t[4]);
                rows.Add($"{t[0]} {la}:{lp} {ra}:{rp} {t[^2]} {t[^1]}");
            }
            else if (t[0] == "unix")
            {
                int i = Array.IndexOf(t, "]") + 2; // after the type; then the state, when there is one
                if (!t[i].All(char.IsAsciiDigit))
                    i++;
                rows.Add($"Unix {t[i]} {(i + 1 < t.Length ? t[i + 1] : "")}");
            }
        }
        return rows;
    }

    /// <summary>A library row in the form of <see cref="NetToolsEndpoints"/>, from its endpoint properties.</summary>
    private static string Endpoints(SocketEntry s)
    {
        static string Shown(IPEndPoint e) => $"{NetToolsRows.Shown(e.Address)}:{e.Port}";
        if (s.LocalEndPoint is { } local)
            return $"{NetToolsRows.Label(s)} {Shown(local)} {Shown(s.RemoteEndPoint!)} {s.UserName} {s.Inode}";
        int space = s.UnixPath!.IndexOf(' ');
        return $"{s.Family} {s.Inode} {(space < 0 ? s.UnixPath : s.UnixPath[..space])}";
    }

    [SkippableFact]
    public void EndpointsAndUserNamesAreNetToolsRows()
    {
        fixture.SkipIfUnavailable();
        var expected = NetToolsEndpoints();
        Assert.Contains(expected, r => r.StartsWith("tcp6 ", StringComparison.Ordinal));
        Assert.Contains(expected, r => r.StartsWith("Unix ", StringComparison.Ordinal) && r.EndsWith(".sock", StringComparison.Ordinal));
        var rows = InNamespace.Run(fixture.World.Name, proc => InNamespace.Sockets(proc).Snapshot(new SocketQuery { IncludeUserNames = true }));
        NetToolsRows.AssertSameRows(expected, rows.Select(Endpoints), "endpoints");
        // The world's sockets run as root (uid 0, "root") except holder.py 7003 (nobody).
        Assert.Contains(rows, s => s.LocalPort == 7003 && s.Uid == 65534 && s.UserName == "nobody");
        Assert.Contains(rows, s => s.LocalPort == 22 && s.Uid == 0 && s.UserName == "root");
        // The listener with a pending connection: netstat's Recv-Q (accept queue) is 1.
        Assert.Contains(rows, s => s.LocalPort == 9090 && s.TcpState == TcpState.Listen && s.ReceiveQueue == 1);
    }

    [SkippableFact]
    public void TheSampleListsTheWorldLikeNetTools()
    {
        fixture.SkipIfUnavailable();
        // The whole public path in a process of the world: default constructor, netlink, ReadAsync.
        string sample = Path.Combine(AppContext.BaseDirectory, "netstat-sample.dll");
        // No diagnostics IPC socket of the sample's own runtime in the listing.
        var run = fixture.World.Run("env", ["DOTNET_EnableDiagnostics=0", "dotnet", sample, "list"]);
        Assert.True(run.ExitCode == 0, run.StderrText);
        var rows = new List<string>();
        foreach (var line in run.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = line.Split('\t');
            string firstPid = f[^1].Split(',')[0].Split('/')[0];
            if (f[0] == "unix")
            {
                rows.Add($"unix|{f[3]}|{firstPid}");
                continue;
            }
            rows.Add(string.Join('|', f[0], NetToolsRows.Shown(IPAddress.Parse(f[1])), f[2], NetToolsRows.Shown(IPAddress.Parse(f[3])), f[4], SampleState(f[0], f[5]), f[6], f[7], f[9], f[8], firstPid));
        }
        NetToolsRows.AssertSameRows(NetToolsRowsFor("-a", null, withPid: true), rows, "netstat-sample list");
    }

    private static string SampleState(string proto, string state) => proto.StartsWith("tcp", StringComparison.Ordinal)
        ? Enum.Parse<TcpState>(state) switch
        {
            TcpState.Established => "ESTABLISHED",
            TcpState.SynSent => "SYN_SENT",
            TcpState.SynRecv => "SYN_RECV",
            TcpState.FinWait1 => "FIN_WAIT1",
            TcpState.FinWait2 => "FIN_WAIT2",
            TcpState.TimeWait => "TIME_WAIT",
            TcpState.Close => "CLOSE",
            TcpState.CloseWait => "CLOSE_WAIT",
            TcpState.LastAck => "LAST_ACK",
            TcpState.Listen => "LISTEN",
            TcpState.Closing => "CLOSING",
            _ => state,
        }
        : proto.StartsWith("raw", StringComparison.Ordinal) ? state : state == "1" ? "ESTABLISHED" : "";
}
