using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>
/// A namespace holding routes of every kind on veth pairs (this kernel has no dummy links):
/// gateway, host, reject (unreachable, prohibit, blackhole), metrics up to 4294967295, advmss /
/// window / rtt, a 15-character interface, IPv6 routes with metrics and a default route, and
/// /etc/networks and /etc/hosts entries so that both host and network lookups find names.
/// </summary>
public sealed class RouteWorld : WorldFixture
{
    public const string Hosts =
        "127.0.0.1\tlocalhost\n" +
        "::1\tlocalhost ip6-localhost ip6-loopback\n" +
        "198.51.100.1\tgw.example.net\n" +
        "198.51.100.2\tpeer-a-with-a-long-name.example.net\n" +
        "198.51.100.10\tself.example.net\n" +
        "203.0.113.7\ta-really-long-hostname-for-truncation.example.com\n" +
        "203.0.113.9\tshort9\n" +
        "2001:db8:1::1\tgw6.example.net\n" +
        "2001:db8::1\tsix.example.net\n" +
        "2001:db8:5::5\ta-very-long-ipv6-host-name-that-overflows-the-destination-column.example.org\n";

    public const string Networks =
        "docnet\t198.51.100.0\n" +
        "testnet-three-long-name\t203.0.113.0\n" +
        "sub64\t203.0.113.64\n";

    public RouteWorld() : base(Hosts, Populate)
    {
    }

    private static void Populate(NetnsWorld world)
    {
        // ip netns exec bind-mounts every file of /etc/netns/NAME over /etc.
        File.WriteAllText($"/etc/netns/{world.Name}/networks", Networks);
        world.Exec(string.Join(" && ",
            "ip link add veth0 type veth peer name veth1",
            "ip link add averylongifname type veth peer name vp1",
            "for l in veth0 veth1 averylongifname vp1; do ip link set $l up; done",
            "ip addr add 198.51.100.10/24 dev veth0",
            "ip addr add 203.0.113.10/24 dev veth1",
            "ip addr add 203.0.113.200/32 dev averylongifname",
            "ip route add default via 198.51.100.1 dev veth0",
            "ip route add 0.0.0.0/1 via 198.51.100.1 dev veth0 metric 7",
            "ip route add 203.0.113.7 via 198.51.100.1 dev veth0",
            "ip route add 203.0.113.9 dev veth1",
            "ip route add 198.51.100.2 dev veth0 metric 5",
            "ip route add unreachable 203.0.113.64/27",
            "ip route add prohibit 203.0.113.96/27 metric 30",
            "ip route add blackhole 203.0.113.32/27",
            "ip route add 203.0.113.16/28 via 198.51.100.2 dev veth0 advmss 1400 window 64 rtt 3",
            "ip route add 203.0.113.128/26 dev averylongifname metric 4294967295",
            "ip route add 203.0.113.192/28 via 198.51.100.1 dev veth0 metric 2147483648 mtu 1300",
            "ip -6 addr add 2001:db8:1::10/64 dev veth0 nodad",
            "ip -6 addr add 2001:db8:2::10/64 dev averylongifname nodad",
            "ip -6 route add default via 2001:db8:1::1 dev veth0 metric 1024",
            "ip -6 route add 2001:db8:3::/64 via 2001:db8:1::2 dev veth0 metric 4294967295",
            "ip -6 route add 2001:db8::1/128 via 2001:db8:1::1 dev veth0",
            "ip -6 route add 2001:db8:5::5/128 dev averylongifname metric 7",
            "ip -6 route add unreachable 2001:db8:6::/64",
            "ip -6 route add prohibit 2001:db8:7::/64",
            "ip -6 route add blackhole 2001:db8:8::/64",
            "ip -6 route add ::ffff:203.0.113.0/120 dev veth1"));
    }
}

public sealed class RouteTests(RouteWorld fixture) : IClassFixture<RouteWorld>
{
    public static TheoryData<string> Arguments() =>
    [
        "-r", "-rn", "-re", "-ree", "-reee", "-reeee", "-reeeee", "-reeeeee", "-rN", "-rW", "-rC", "-rF", "-rCF", "-rFC",
        "-ren", "-reen", "-reN", "-rCe", "-rCee", "-rCn", "--route", "--route --numeric-hosts", "--route --numeric-ports",
        "--route --numeric-users", "--route --symbolic", "--route --cache --fib", "-rv", "-ra", "-rl", "-rp", "-ro", "-rg",
        "-r -6", "-rn -6", "-rN -6", "-re -6", "-ree -6", "-reee -6", "-r -A inet6", "-r -Ainet6", "-r --inet6",
        "-r -A inet,inet6", "-r -A inet6,inet", "-r -4 -6", "-r -6 -4", "-r -A inet,inet", "-rC -6", "-rCF -6",
        "-rCFn -A inet,inet6", "-r -A ip6", "-r --protocol=inet6", "-r -t", "-r -x", "-r -4",
        "-r -A unix", "-r -A bluetooth", "-r --bluetooth", "-r -A ax25", "-r -A netrom", "-r -A rose", "-r -A ipx",
        "-r -A ddp", "-r -A appletalk", "-r -A x25", "-r -A econet", "-r -A ash", "-r -A inet,unix", "-r -A inet6,ax25",
        "-r -A unix,inet", "-r -A inet,bluetooth", "-r -A inet,x25,inet6",
        "-rr", "-r -i", "-r --route", "-r -s", "-r -M", "-ri",
    ];

    [SkippableTheory]
    [MemberData(nameof(Arguments))]
    public void SameAsNetTools(string args)
    {
        fixture.SkipIfUnavailable();
        Diff.AssertSame(fixture.World, args);
    }

    [SkippableFact]
    public void TheWorldHasWhatTheTestsNeed()
    {
        // Guards against a setup that silently lost routes: the expectations still come from
        // net-tools, but a comparison of two empty tables would prove nothing.
        fixture.SkipIfUnavailable();
        var r = fixture.World.Run(Repo.ReferenceNetstat, ["-ree"]);
        foreach (var needle in new[] { "docnet", "gw.example.net", "!", "averyl", "1440", "-1 ", "-2147483648", "UGH", "UH" })
            Assert.Contains(needle, r.StdoutText);
        var six = fixture.World.Run(Repo.ReferenceNetstat, ["-r", "-6"]);
        foreach (var needle in new[] { "gw6.example.net", "[::]/0", "-1 ", "!n", "six.example.net/128" })
            Assert.Contains(needle, six.StdoutText);
    }
}
