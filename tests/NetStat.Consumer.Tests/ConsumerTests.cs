using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using NetStat.Kernel;
using NetStat.Records;
using NetStat.Tables;
using Xunit;

namespace NetStat.Consumer.Tests;

/// <summary>What a program referencing the NetStat.Tables package sees.</summary>
public sealed class ConsumerTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "pack.sh")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    private static string Version => typeof(SocketTable).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "?";

    [Fact]
    public void TheLibraryComesFromThePackageNotTheProject()
    {
        var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "NetStat.Consumer.Tests.deps.json")));
        var libraries = deps.RootElement.GetProperty("libraries");
        var entry = libraries.EnumerateObject().Single(p => p.Name.StartsWith("NetStat.Tables/", StringComparison.Ordinal));
        Assert.Equal("package", entry.Value.GetProperty("type").GetString());
        Assert.DoesNotContain(libraries.EnumerateObject(), p => p.Value.GetProperty("type").GetString() == "project" && !p.Name.StartsWith("NetStat.Consumer.Tests/", StringComparison.Ordinal));
    }

    [Fact]
    public void ThePackageHasItsReadmeLicenseDocsAndSymbols()
    {
        string nupkg = Path.Combine(Root, "artifacts", "packages", $"NetStat.Tables.{Version}.nupkg");
        using (var zip = ZipFile.OpenRead(nupkg))
        {
            var names = zip.Entries.Select(e => e.FullName).ToHashSet();
            Assert.Contains("README.md", names);
            Assert.Contains("LICENSE", names);
            Assert.Contains("lib/net10.0/NetStat.Core.dll", names);
            // The XML documentation travels with the package (IntelliSense for consumers).
            using (var docs = new StreamReader(zip.GetEntry("lib/net10.0/NetStat.Core.xml")!.Open()))
                Assert.Contains("\"T:NetStat.Tables.SocketTable\"", docs.ReadToEnd());
            using var nuspec = new StreamReader(zip.GetEntry("NetStat.Tables.nuspec")!.Open());
            string text = nuspec.ReadToEnd();
            Assert.Contains("<license type=\"expression\">MIT</license>", text);
            Assert.Contains("<readme>README.md</readme>", text);
            // Nothing beyond the BCL.
            Assert.DoesNotContain("<dependency ", text);
        }
        using var symbols = ZipFile.OpenRead(Path.ChangeExtension(nupkg, ".snupkg"));
        Assert.Contains(symbols.Entries, e => e.FullName == "lib/net10.0/NetStat.Core.pdb");
    }

    [Fact]
    public async Task WhoListensOnAPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var query = SocketQuery.Listeners with { Protocols = SocketProtocols.Tcp, IncludeProcesses = true, Where = s => s.LocalPort == port };
        var found = new List<SocketEntry>();
        await foreach (var socket in new SocketTable().ReadAsync(query))
            found.Add(socket);

        var entry = Assert.Single(found);
        Assert.Equal(TcpState.Listen, entry.TcpState);
        Assert.Equal(new IPEndPoint(IPAddress.Loopback, port), entry.LocalEndPoint);
        Assert.Equal(Environment.ProcessId, entry.Process?.Pid);
    }

    [Fact]
    public void ConnectionsPerStateAndUnixSockets()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        using var client = new TcpClient(AddressFamily.InterNetwork);
        client.Connect((IPEndPoint)listener.LocalEndpoint);
        using var server = listener.AcceptTcpClient();
        var counts = new SocketTable().CountTcpStates(TcpStates.Established | TcpStates.Listen);
        Assert.True(counts[TcpState.Established] >= 2);
        Assert.True(counts[TcpState.Listen] >= 1);

        string path = Path.Combine(Path.GetTempPath(), $"consumer-{Environment.ProcessId}.sock");
        File.Delete(path);
        using var unix = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        unix.Bind(new UnixDomainSocketEndPoint(path));
        unix.Listen();
        try
        {
            var entry = new SocketTable().Read(new SocketQuery { Protocols = SocketProtocols.Unix, IncludeProcesses = true })
                .Single(s => s.UnixPath == path);
            Assert.True(entry.IsListening);
            Assert.Equal(UnixSocketType.Stream, entry.UnixType);
            Assert.Equal(Environment.ProcessId, entry.Process?.Pid);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task InterfacesGroupsAndCounters()
    {
        Assert.Contains(await new InterfaceTable().SnapshotAsync(), i => i.IsLoopback && IPAddress.Loopback.Equals(i.IPv4Address));
        var counters = await new ProtocolStatistics().ReadAsync();
        Assert.True(counters.TryGetValue("Tcp", "ActiveOpens", out _));
        Assert.All(await new MulticastGroupTable().SnapshotAsync(), g => Assert.True(g.Group.IsIPv6Multicast || g.Family == AddressFamily.InterNetwork));
    }

    private static void Ip(params string[] args)
    {
        using var ip = Process.Start(new ProcessStartInfo("ip", args) { RedirectStandardError = true })!;
        string error = ip.StandardError.ReadToEnd();
        ip.WaitForExit();
        Assert.True(ip.ExitCode == 0, $"ip {string.Join(' ', args)}: {error}");
    }

    /// <summary>
    /// The machine's own main table may be empty (a container without a network has none), so the
    /// routes are read in a fresh network namespace holding exactly one IPv4 route, added here:
    /// through the namespace API on this thread, and with ReadAsync (which reads on the thread
    /// pool) through the /proc/PID/net of a process inside.
    /// </summary>
    [SkippableFact]
    public async Task RoutesOfANamespaceWithOneKnownRoute()
    {
        Skip.IfNot(Environment.IsPrivilegedProcess, "needs root (creates a network namespace)");
        string name = $"nst-consumer-{Environment.ProcessId}";
        Ip("netns", "add", name);
        Process? inside = null;
        try
        {
            Ip("-n", name, "link", "set", "lo", "up");
            Ip("-n", name, "route", "add", "203.0.113.0/24", "dev", "lo");
            static void OnlyTheAddedRoute(IEnumerable<RouteEntry> routes)
            {
                var route = Assert.Single(routes, r => r.Family == AddressFamily.InterNetwork);
                Assert.Equal(IPAddress.Parse("203.0.113.0"), route.Destination);
                Assert.Equal(24, route.PrefixLength);
                Assert.Equal(IPAddress.Any, route.Gateway);
                Assert.Equal("lo", route.Interface);
                Assert.True(route.IsUp);
                Assert.False(route.IsGateway);
            }

            using var ns = NetworkNamespace.OpenByName(name);
            OnlyTheAddedRoute(ns.Run(proc => new RouteTable(proc).Snapshot()));

            inside = Process.Start(new ProcessStartInfo("ip", ["netns", "exec", name, "sh", "-c", "echo ready; exec sleep 60"]) { RedirectStandardOutput = true })!;
            Assert.Equal("ready", inside.StandardOutput.ReadLine());
            var routes = new List<RouteEntry>();
            await foreach (var route in new RouteTable(new ProcPaths("/proc", $"/proc/{inside.Id}/net")).ReadAsync())
                routes.Add(route);
            OnlyTheAddedRoute(routes);
        }
        finally
        {
            if (inside is not null)
            {
                inside.Kill();
                inside.WaitForExit();
                inside.Dispose();
            }
            Ip("netns", "delete", name);
        }
    }
}
