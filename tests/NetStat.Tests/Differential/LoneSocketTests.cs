using System.Net.Sockets;
using NetStat.Kernel;
using NetStat.Records;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>
/// Namespaces that are empty or hold one socket of one kind. The listing skips a kernel walk
/// when /proc/net/sockstat{,6} count no socket of a protocol; these are the edges of that
/// decision (a TIME_WAIT socket is in no "inuse" count, an IPv6 socket only in sockstat6), each
/// compared with net-tools on both kernel paths.
/// </summary>
public sealed class LoneSocketTests
{
    private static readonly string[] Listings =
        ["-tan", "-uan", "-Uan", "-an", "-tln", "-tan4", "-tan6", "-uan6", "-a", "-tl", "-4an", "-6an", "-tanp", "-uanp"];

    [SkippableTheory]
    [InlineData(null, null, null)]
    [InlineData("tcp4-listen", @"^TCP: inuse 1 .* tw 0 ", @"^tcp +0 +0 127\.0\.0\.1:7100 +0\.0\.0\.0:\* +LISTEN")]
    [InlineData("tcp6-listen", @"^TCP6: inuse 1$", @"^tcp6 +0 +0 ::1:7100 +:::\* +LISTEN")]
    [InlineData("tcp4-timewait", @"^TCP: inuse 0 .* tw 1 ", @"^tcp +0 +0 127\.0\.0\.1:\d+ +127\.0\.0\.1:7101 +TIME_WAIT")]
    [InlineData("tcp6-timewait", @"^TCP: inuse 0 .* tw 1 ", @"^tcp6 +0 +0 ::1:\d+ +::1:7101 +TIME_WAIT")]
    [InlineData("udp4", @"^UDP: inuse 1 ", @"^udp +0 +0 127\.0\.0\.1:7102 +0\.0\.0\.0:\*")]
    [InlineData("udp6", @"^UDP6: inuse 1$", @"^udp6 +0 +0 ::1:7102 +:::\*")]
    [InlineData("udplite4", @"^UDPLITE: inuse 1$", @"^udpl +0 +0 127\.0\.0\.1:7102 +0\.0\.0\.0:\*")]
    [InlineData("udplite6", @"^UDPLITE6: inuse 1$", @"^udpl6 +0 +0 ::1:7102 +:::\*")]
    public void SameAsNetTools(string? kind, string? countLine, string? row)
    {
        Skip.If(Requirements.MissingForNamespaces is not null, Requirements.MissingForNamespaces);
        using var world = new NetnsWorld();
        if (kind is not null)
            world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "lone.py")} {kind}");
        // The world is what it says before anything is compared: the socket is there (net-tools
        // lists it), and it is in the count the decision reads; an empty world counts nothing.
        string sockstat = world.Exec("cat /proc/net/sockstat /proc/net/sockstat6");
        if (kind is null)
            Assert.DoesNotMatch(@"(inuse|tw) [1-9]", sockstat);
        else
        {
            Assert.Matches(new System.Text.RegularExpressions.Regex(countLine!, System.Text.RegularExpressions.RegexOptions.Multiline), sockstat);
            Assert.Matches(new System.Text.RegularExpressions.Regex(row!, System.Text.RegularExpressions.RegexOptions.Multiline), world.Exec("/usr/bin/netstat -tuUan"));
        }
        foreach (var args in Listings)
        {
            Diff.AssertSame(world, args);
            Diff.AssertSame(world, args, procfsOnly: true);
        }
    }

    [SkippableTheory]
    [InlineData("tcp4-listen", SocketProtocol.Tcp, AddressFamily.InterNetwork)]
    [InlineData("udp6", SocketProtocol.Udp, AddressFamily.InterNetworkV6)]
    public void AnotherProcessTablesAreThatNamespacesAlone(string kind, SocketProtocol protocol, AddressFamily family)
    {
        // From this namespace, through /proc/PID/net of a process in the world: a netlink dump
        // (or this namespace's sockstat) would answer for the wrong namespace.
        Skip.If(Requirements.MissingForNamespaces is not null, Requirements.MissingForNamespaces);
        using var world = new NetnsWorld();
        var holder = world.Spawn($"exec /usr/bin/python3 {Repo.Fixture("worlds", "lone.py")} {kind}");
        var tables = new SocketTables(new ProcPaths("/proc", $"/proc/{holder.Id}/net"));
        var ports = new List<int>();
        using (var cursor = tables.OpenInet(protocol, family, out int errno))
        {
            Assert.True(cursor is not null, $"errno {errno}");
            while (cursor.Next(out var row) == ReadOutcome.Row)
                ports.Add(row.LocalPort);
        }
        // net-tools inside the world lists exactly these sockets of the table.
        var reference = world.Run(Repo.ReferenceNetstat, [protocol == SocketProtocol.Tcp ? "-tan" : "-uan"]).StdoutText
            .Split('\n').Where(l => l.StartsWith(family == AddressFamily.InterNetworkV6 ? "tcp6 " : "tcp ") || l.StartsWith(family == AddressFamily.InterNetworkV6 ? "udp6 " : "udp "))
            .Select(l => int.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[3].Split(':')[^1])).ToList();
        Assert.NotEmpty(reference);
        Assert.Equal(reference, ports);
    }
}
