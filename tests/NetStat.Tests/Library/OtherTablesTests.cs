using System.Globalization;
using System.Net;
using NetStat.Tables;
using NetStat.Tests.Differential;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Library;

/// <summary>Rows of netstat's other modes as "|"-joined fields, to compare as multisets.</summary>
internal static class NetToolsTables
{
    public static List<string[]> Lines(NetnsWorld world, string args, int skipHeader)
    {
        var run = world.Run(Repo.ReferenceNetstat, args.Split(' '));
        Assert.Equal(0, run.ExitCode);
        return run.StdoutText.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(skipHeader)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
    }

    public static string Address(string text) => IPAddress.Parse(text).ToString();
}

/// <summary>RouteTable and InterfaceTable on the CLI's route world (veths, a 15-byte name, every route type).</summary>
public sealed class RouteTableTests(RouteWorld fixture) : IClassFixture<RouteWorld>
{
    [SkippableFact]
    public void IPv4RoutesAreNetToolsRows()
    {
        fixture.SkipIfUnavailable();
        // Destination Gateway Genmask Flags MSS Window irtt Iface
        var expected = NetToolsTables.Lines(fixture.World, "-rnW", 2).Select(t => $"{t[0]}|{t[1]}|{t[2]}|{t[^1]}");
        var actual = InNamespace.Run(fixture.World.Name, proc => new RouteTable(proc).Snapshot(IPFamilies.IPv4))
            // net-tools prints "-" for the gateway and device of a reject route.
            .Select(r => (r.Flags & NetStat.Records.RouteFlags.Reject) != 0
                ? $"{r.Destination}|-|{r.IPv4!.Value.Mask}|-"
                : $"{r.Destination}|{r.Gateway}|{r.IPv4!.Value.Mask}|{r.Interface}");
        Assert.NotEmpty(expected); // an empty world would prove nothing
        NetToolsRows.AssertSameRows(expected, actual, "IPv4 routes");
    }

    [SkippableFact]
    public void IPv6RoutesAreNetToolsRows()
    {
        fixture.SkipIfUnavailable();
        // Destination Next-Hop Flag Met Ref Use If
        var expected = NetToolsTables.Lines(fixture.World, "-rnW -A inet6", 2).Select(t =>
        {
            int slash = t[0].IndexOf('/');
            return $"{NetToolsTables.Address(t[0][..slash])}/{t[0][(slash + 1)..]}|{NetToolsTables.Address(t[1])}|{t[3]}|{t[^1]}";
        });
        var actual = InNamespace.Run(fixture.World.Name, proc => new RouteTable(proc).Snapshot(IPFamilies.IPv6))
            .Select(r => $"{NetToolsRows.Shown(r.Destination)}/{r.PrefixLength}|{NetToolsRows.Shown(r.Gateway)}|{r.Metric}|{r.Interface}");
        Assert.NotEmpty(expected); // an empty world would prove nothing
        NetToolsRows.AssertSameRows(expected, actual, "IPv6 routes");
    }

    [SkippableFact]
    public void InterfacesAreNetToolsRows()
    {
        fixture.SkipIfUnavailable();
        // Iface MTU RX-OK ... Flg (-a: down interfaces too)
        var expected = NetToolsTables.Lines(fixture.World, "-iaW", 2).Select(t => $"{t[0]}|{t[1]}");
        var actual = InNamespace.Run(fixture.World.Name, proc => new InterfaceTable(proc).Snapshot())
            .Select(i => $"{i.Name}|{i.Mtu}");
        Assert.NotEmpty(expected); // an empty world would prove nothing
        NetToolsRows.AssertSameRows(expected, actual, "interfaces");
        var veth0 = InNamespace.Run(fixture.World.Name, proc => new InterfaceTable(proc).Snapshot()).Single(i => i.Name == "veth0");
        Assert.Equal(IPAddress.Parse("198.51.100.10"), veth0.IPv4Address);
        Assert.Equal(IPAddress.Parse("255.255.255.0"), veth0.IPv4Netmask);
        Assert.Contains(IPAddress.Parse("2001:db8:1::10"), veth0.IPv6Addresses);
        Assert.True(veth0.IsUp);
    }
}

/// <summary>MulticastGroupTable on the CLI's group world.</summary>
public sealed class MulticastGroupTableTests(GroupWorld fixture) : IClassFixture<GroupWorld>
{
    [SkippableFact]
    public void GroupsAreNetToolsRows()
    {
        fixture.SkipIfUnavailable();
        // Interface RefCnt Group
        var expected = NetToolsTables.Lines(fixture.World, "-gnW", 3).Select(t => $"{t[0]}|{t[1]}|{NetToolsTables.Address(t[2])}");
        var actual = InNamespace.Run(fixture.World.Name, proc => new MulticastGroupTable(proc).Snapshot())
            .Select(g => $"{g.Interface}|{g.Users}|{g.Group}");
        Assert.NotEmpty(expected); // an empty world would prove nothing
        NetToolsRows.AssertSameRows(expected, actual, "groups");
    }
}

/// <summary>ProtocolStatistics on the CLI's traffic world (quiet once set up).</summary>
public sealed class ProtocolStatisticsTests(TrafficWorld fixture) : IClassFixture<TrafficWorld>
{
    [SkippableFact]
    public void CountersAreNetToolsNumbers()
    {
        fixture.SkipIfUnavailable();
        var text = fixture.World.Run(Repo.ReferenceNetstat, ["-s"]).StdoutText;
        ulong Shown(string label) => ulong.Parse(text.Split('\n').Single(l => l.Trim().EndsWith(label, StringComparison.Ordinal)).Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        var counters = InNamespace.Run(fixture.World.Name, proc => new ProtocolStatistics(proc).Read());
        Assert.True(counters.TryGetValue("Tcp", "ActiveOpens", out ulong active));
        Assert.True(counters.TryGetValue("Tcp", "PassiveOpens", out ulong passive));
        Assert.True(counters.TryGetValue("Tcp", "CurrEstab", out ulong established));
        Assert.Equal(Shown("active connection openings"), active);
        Assert.Equal(Shown("passive connection openings"), passive);
        Assert.Equal(Shown("connections established"), established);
        Assert.True(active > 0, "the traffic world opened connections");
    }
}
