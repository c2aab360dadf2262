using System.Text;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>
/// Two namespaces joined by a veth pair that carried a few pings, plus a bridge with IPv4 and IPv6
/// addresses, alias labels, a 15-character name, a tun device, unusual MTUs and flags, and names
/// that exercise net-tools' natural sort order. Nothing moves once set up: new links start without
/// IPv6, the one that has it is NOARP (no solicited-node groups, so no MLD), neighbours are static.
/// </summary>
public sealed class InterfaceWorld : IDisposable
{
    public NetnsWorld World { get; }
    public NetnsWorld Peer { get; }
    public string? SkipReason { get; }

    public InterfaceWorld()
    {
        SkipReason = Requirements.MissingForNamespaces;
        if (SkipReason is not null)
        {
            World = Peer = null!;
            return;
        }
        World = new NetnsWorld();
        Peer = new NetnsWorld();
        try
        {
            Setup();
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    private void Setup()
    {
        string ifflags = Repo.Fixture("worlds", "ifflags.py");
        Peer.Exec("sysctl -qw net.ipv6.conf.default.disable_ipv6=1");
        World.Exec($$"""
            set -e
            sysctl -qw net.ipv6.conf.default.disable_ipv6=1
            ip link add veth0 address 02:00:00:00:00:01 type veth peer name veth1 address 02:00:00:00:00:02
            ip link set veth1 netns {{Peer.Name}}
            ip addr add 198.51.100.1/24 brd + dev veth0
            ip addr add 198.51.100.9/24 dev veth0 label veth0:1
            ip addr add 203.0.113.10/24 dev veth0 label veth0:10
            ip addr add 203.0.113.2/24 dev veth0 label veth0:2
            ip link set veth0 up
            ip neigh replace 198.51.100.2 lladdr 02:00:00:00:00:02 dev veth0 nud permanent

            ip link add br0 address 02:00:00:00:00:b0 type bridge mcast_snooping 0
            ip link set br0 arp off mtu 1280
            sysctl -qw net.ipv6.conf.br0.disable_ipv6=0
            ip addr add 203.0.113.1/24 brd + dev br0
            ip -6 addr add 2001:db8::5/64 dev br0 nodad
            ip -6 addr add 2001:db8:1::1/48 dev br0 nodad
            ip link set br0 up

            ip link add averylongname15 type veth peer name vethpeer
            ip link set averylongname15 mtu 9000 promisc on allmulticast on up
            ip link set vethpeer mtu 68

            ip link add dbg0 type veth peer name dbg1
            ip link set dbg0 mtu 65535 dynamic on trailers off
            python3 {{ifflags}} dbg0 6004
            ip link set dbg1 multicast off arp off
            python3 {{ifflags}} dbg1 2004
            ip link set dbg0 up

            if ip link add ifb0 type ifb 2>/dev/null; then ip link set ifb0 txqueuelen 7 dynamic on; fi
            if ip tuntap add dev tun0 mode tun 2>/dev/null; then
                ip addr add 198.51.100.5 peer 198.51.100.6/32 dev tun0
                ip link set tun0 up
            fi

            for n in eth10 eth2 eth eth01 eth1 a aa; do ip link add name $n type bridge; done
            ip addr add 203.0.113.21/24 dev eth1 label eth1:1
            ip addr add 203.0.113.22/24 dev eth1 label eth1:10
            ip addr add 203.0.113.23/24 dev eth1 label eth1:01
            ip addr add 203.0.113.24/24 dev eth1 label eth1:0
            ip addr add 203.0.113.25/24 dev eth1 label eth1:x
            ip addr add 203.0.113.26/24 dev eth1
            ip addr add 203.0.113.27/24 dev eth01
            """);
        Peer.Exec("""
            set -e
            ip addr add 198.51.100.2/24 brd + dev veth1
            ip link set veth1 up
            ip neigh replace 198.51.100.1 lladdr 02:00:00:00:00:01 dev veth1 nud permanent
            """);
        World.Exec($"/usr/bin/python3 {Repo.Fixture("worlds", "pinger.py")} 198.51.100.2 3", TimeSpan.FromSeconds(20));
        WaitQuiet(World);
        WaitQuiet(Peer);
    }

    /// <summary>
    /// Waits (boundedly) until the namespace's counters have not moved for 1.5 s: report timers
    /// of the kernel fire within a second, so a shorter calm could be a gap between them.
    /// </summary>
    private static void WaitQuiet(NetnsWorld world)
    {
        string last = world.Exec("cat /proc/net/dev");
        int calm = 0;
        for (int i = 0; i < 40 && calm < 6; i++)
        {
            Thread.Sleep(250);
            string now = world.Exec("cat /proc/net/dev");
            calm = now == last ? calm + 1 : 0;
            last = now;
        }
        if (calm >= 6)
            return;
        throw new InvalidOperationException("interface counters keep moving in " + world.Name + ":\n" + last);
    }

    public void Dispose()
    {
        World?.Dispose();
        Peer?.Dispose();
    }
}

public sealed class InterfaceTests(InterfaceWorld fixture) : IClassFixture<InterfaceWorld>
{
    public static TheoryData<string> Arguments() =>
    [
        "-i", "-ia", "-ie", "-iee", "-iae", "-iaee", "-iW", "-in", "-ian", "-iaW", "-iaeW", "-iaen",
        "--interfaces", "--interfaces --all", "--interf --all --extend", "-i -a -e -e -e", "-i -v", "-iap", "-i -A inet6",
        "-ia -4", "-ia -6", "-iat", "-iu", "-ial", "-iao", "-iaN", "-iaC", "-ig", "-iaex", "--numeric-hosts -ia",
        "-ii", "-i -r", "-i -s", "-i -M", "-ir", "--interfaces -i", "-iia",
    ];

    [SkippableTheory]
    [MemberData(nameof(Arguments))]
    public void SameAsNetTools(string args)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        Diff.AssertSame(fixture.World, args);
    }

    [SkippableTheory]
    [InlineData("-i")]
    [InlineData("-ia")]
    [InlineData("-ie")]
    public void SameAsNetToolsOnThePeer(string args)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        Diff.AssertSame(fixture.Peer, args);
    }

    [SkippableFact]
    public void TheWorldHasWhatTheTestsNeed()
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        // Guards against a setup that silently lost its point (the comparison alone would pass).
        var r = fixture.World.Run(Repo.ReferenceNetstat, ["-iae"]);
        string text = r.StdoutText;
        Assert.Contains("veth0:1: flags=", text);
        Assert.Contains("averylongname15", text);
        Assert.Contains("inet6 2001:db8::5  prefixlen 64  scopeid 0x0<global>", text);
        Assert.Matches(@"veth0: flags=[^\n]*\n(?:[^\n]+\n)*?        TX packets [1-9]", text);
        Assert.Contains("media unknownautoselect", text);
    }

    /// <summary>
    /// -c: the title once, then header and rows every second. Both programs run for 2.5 seconds;
    /// the first two passes must be identical (a third has started in both by then).
    /// </summary>
    [SkippableTheory]
    [InlineData("-iac", "Iface ")]
    [InlineData("-iaec", "a: flags=")]
    public void ContinuousRepeatsPassesUnderOneTitle(string args, string passStart)
    {
        Skip.If(fixture.SkipReason is not null, fixture.SkipReason);
        // Side by side, so the case costs 2.5 s and both see the same seconds.
        var reference = Task.Run(() => RunFor(Repo.ReferenceNetstat, args));
        var ours = Task.Run(() => RunFor(Repo.OurNetstat, args));
        var expected = reference.Result;
        var actual = ours.Result;
        Assert.Equal(expected.ExitCode, actual.ExitCode);
        Assert.Equal(expected.StderrText, actual.StderrText);
        string e = FirstPasses(expected.StdoutText, passStart, 2);
        string a = FirstPasses(actual.StdoutText, passStart, 2);
        Assert.Equal(e, a);
        Assert.StartsWith("Kernel Interface table\n", e);
        Assert.Equal(1, CountOf(expected.StdoutText, "Kernel Interface table"));
        Assert.Equal(1, CountOf(actual.StdoutText, "Kernel Interface table"));
    }

    private RunResult RunFor(string program, string args) =>
        fixture.World.Run("timeout", ["2.5", program, .. Diff.SplitArgs(args)], TimeSpan.FromSeconds(20));

    // The output up to the start of pass number count + 1 (which must have begun).
    private static string FirstPasses(string output, string passStart, int count)
    {
        int at = -1;
        for (int i = 0; i <= count; i++)
        {
            at = output.IndexOf("\n" + passStart, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"fewer than {count + 1} passes in 2.5 s:\n{output}");
        }
        return output[..(at + 1)];
    }

    private static int CountOf(string text, string part)
    {
        int n = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
            n++;
        return n;
    }
}
