using System.Net;
using System.Net.Sockets;
using NetStat.Records;
using NetStat.Tables;
using Xunit;

namespace NetStat.Tests.Library;

/// <summary>
/// The public entry points on the live machine, with sockets this test opens on loopback:
/// the default constructor, the async stream, cancellation, the platform check.
/// </summary>
public sealed class LiveSocketTableTests
{
    [Fact]
    public async Task AsyncStreamFindsOurListenerAndConnectionWithOurProcess()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var client = new TcpClient(AddressFamily.InterNetwork);
        await client.ConnectAsync(IPAddress.Loopback, port);
        using var server = await listener.AcceptTcpClientAsync();

        var query = new SocketQuery
        {
            Protocols = SocketProtocols.Tcp,
            Families = IPFamilies.IPv4,
            IncludeProcesses = true,
            Where = s => s.LocalPort == port || s.RemotePort == port,
        };
        var rows = new List<SocketEntry>();
        await foreach (var s in new SocketTable().ReadAsync(query))
            rows.Add(s);

        var listening = Assert.Single(rows, s => s.TcpState == TcpState.Listen);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, port), listening.LocalEndPoint);
        Assert.Equal(Environment.ProcessId, listening.Process?.Pid);
        Assert.Equal(2, rows.Count(s => s.TcpState == TcpState.Established));
        Assert.All(rows, s => Assert.Contains(s.Processes, p => p.Pid == Environment.ProcessId));
        Assert.Contains(rows, s => s.RemoteEndPoint!.Equals(client.Client.LocalEndPoint));
    }

    [Fact]
    public void StatesAskedOfTheKernelAreTheOnlyOnesListed()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var table = new SocketTable();
        Assert.All(table.Read(new SocketQuery { Protocols = SocketProtocols.Tcp, TcpStates = TcpStates.Listen }), s => Assert.Equal(TcpState.Listen, s.TcpState));
        Assert.All(table.Read(new SocketQuery { TcpStates = TcpStates.None, Protocols = SocketProtocols.Tcp }), _ => Assert.Fail("no state asked for"));
        var counts = table.CountTcpStates(TcpStates.Listen);
        Assert.True(counts[TcpState.Listen] >= 1);
        Assert.Single(counts);
    }

    [Fact]
    public async Task CancellationStopsTheStream()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var table = new SocketTable();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in table.ReadAsync(SocketQuery.All, cancelled.Token))
            {
            }
        });
        Assert.ThrowsAny<OperationCanceledException>(() => table.Read(SocketQuery.All, cancelled.Token).ToList());

        // Cancelled after the first row: the stream ends with the exception, not with a short table.
        using var midway = new CancellationTokenSource();
        using var unix = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in table.ReadAsync(new SocketQuery { Protocols = SocketProtocols.Unix }, midway.Token))
                midway.Cancel();
        });
    }

    [Fact]
    public void OtherSystemsAreRefusedByName()
    {
        var e = LinuxOnly.NotSupported(nameof(SocketTable), "Microsoft Windows 10.0.26100");
        Assert.IsType<PlatformNotSupportedException>(e);
        Assert.Equal("SocketTable reads the Linux kernel's socket tables (procfs and netlink) and works only on Linux; this system is Microsoft Windows 10.0.26100.", e.Message);
    }

    [Fact]
    public async Task TheOtherTablesAnswerOnTheLiveMachine()
    {
        var interfaces = await new InterfaceTable().SnapshotAsync();
        var lo = Assert.Single(interfaces, i => i.Name == "lo");
        Assert.True(lo.IsLoopback);
        Assert.Equal(IPAddress.Loopback, lo.IPv4Address);
        var counters = await new ProtocolStatistics().ReadAsync();
        Assert.True(counters.TryGetValue("Tcp", "ActiveOpens", out _));
        // Routes and IPv4 groups as net-tools lists them on this machine (the tables stay put while a test runs).
        var routes = new RouteTable().Snapshot(IPFamilies.IPv4).Select(r => $"{r.Destination} {r.Interface}").Order(StringComparer.Ordinal);
        var netToolsRoutes = NetTools("-rn").Skip(2).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(f => $"{f[0]} {f[^1]}");
        Assert.Equal(netToolsRoutes.Order(StringComparer.Ordinal), routes);
        var groups = (await new MulticastGroupTable().SnapshotAsync()).Where(g => g.Family == AddressFamily.InterNetwork)
            .Select(g => $"{g.Interface} {g.Group}").Order(StringComparer.Ordinal);
        var netToolsGroups = NetTools("-gn").Skip(3).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length == 3 && !f[2].Contains(':')).Select(f => $"{f[0]} {f[2]}");
        Assert.Equal(netToolsGroups.Order(StringComparer.Ordinal), groups);
    }

    private static string[] NetTools(string args)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("/usr/bin/netstat", args)
        {
            RedirectStandardOutput = true,
            Environment = { ["LC_ALL"] = "C" },
        })!;
        string text = process.StandardOutput.ReadToEnd();
        Assert.True(process.WaitForExit(30_000));
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
