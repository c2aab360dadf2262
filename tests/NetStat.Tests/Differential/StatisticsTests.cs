using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Differential;

/// <summary>
/// netstat -s against /usr/bin/netstat on synthetic counter files bind-mounted over /proc:
/// the committed fixtures, many generated files, and pathological files written here.
/// </summary>
public sealed class StatisticsOnFilesTests
{
    private static readonly string[] Fixtures = ["kernel618", "edge", "newtable", "malformed", "nosnmp", "nosnmp6", "emptyfiles"];

    /// <summary>-s with every filter, both families, the rejected family lists, and ignored options.</summary>
    private static readonly string[] Arguments =
    [
        "-s", "-st", "-su", "-sw", "-sU", "-sS", "-stu", "-swS", "-suU", "-s6", "-s6t", "-s6u", "-s6w", "-s6S", "-s6U",
        "-s -4", "-s -4t", "-s -A inet6", "-s -Ainet", "--statistics --inet6 --tcp", "-s -A ip6 -w",
        "-s -4 -6", "-s -A inet,inet6", "-sx", "-s -A unix", "-s --ax25", "-s -A inet -A inet",
        "-sc", "-san", "-s -e -p -o -W", "-s -r", "--statistics --raw --udp",
    ];

    /// <summary>What depends on the files' content: every filter in both families (kept short: two processes per comparison).</summary>
    private static readonly string[] ContentArguments =
    [
        "-s", "-st", "-su", "-sw", "-sU", "-sS", "-stu", "-s6", "-s6t", "-s6u", "-s6w", "-s -4", "-s -A inet6", "-s -4 -6",
    ];

    public static TheoryData<string> FixtureNames() => [.. Fixtures];

    [SkippableTheory]
    [MemberData(nameof(FixtureNames))]
    public void CommittedFixtures(string fixture)
    {
        Skip.If(Requirements.MissingForNamespaces is not null, Requirements.MissingForNamespaces);
        var dir = Repo.Fixture("statistics", fixture);
        foreach (var args in Arguments)
            Diff.AssertSameOnProc(dir, args);
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 24)];

    [SkippableTheory]
    [MemberData(nameof(Seeds))]
    public void GeneratedFiles(int seed)
    {
        Skip.If(Requirements.MissingForNamespaces is not null, Requirements.MissingForNamespaces);
        var dir = Directory.CreateTempSubdirectory($"netstat-stats-{seed}-");
        try
        {
            CounterFileGenerator.Write(dir.FullName, seed);
            foreach (var args in ContentArguments)
                Diff.AssertSameOnProc(dir.FullName, args);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Files the kernel never writes, each reproducing one reading rule of net-tools.</summary>
    public static TheoryData<string, string, string> OddFiles() => new()
    {
        { "snmp colon missing in the names", "snmp", "Ip: InReceives\nIp: 3\nTcp ActiveOpens\nTcp: 1\nUdp: InDatagrams\nUdp: 2\n" },
        { "snmp trailing names line", "snmp", "Ip: InReceives\nIp: 3\nTcp: ActiveOpens\n" },
        { "snmp values line without newline", "snmp", "Ip: InReceives OutRequests\nIp: 3 4" },
        { "snmp blank lines", "snmp", "\n\nIp: InReceives\nIp: 3\n\nTcp: ActiveOpens\nTcp: 7\n" },
        { "snmp empty title", "snmp", ": Foo Bar\n: 1 2\nIp: InReceives\nIp: 1\n" },
        { "snmp odd blanks", "snmp", "Ip:\tInReceives  \t OutRequests\r\nIp:  \t 5\t\t6 \r\n" },
        { "snmp values with junk", "snmp", "Ip: InReceives InDelivers OutRequests ForwDatagrams\nIp: 12abc 0x10 7 8\n" },
        { "snmp NUL byte", "snmp", "Ip: InReceives\0OutRequests\nIp: 1 2\nTcp: ActiveOpens\nTcp: 9\0 8\n" },
        { "snmp title mismatch", "snmp", "Ip: InReceives\nTcp: 4\n" },
        { "snmp sign and overflow", "snmp", "Tcp: ActiveOpens PassiveOpens AttemptFails EstabResets CurrEstab\nTcp: +5 -0 -18446744073709551615 99999999999999999999999 - \n" },
        { "snmp tcp-like unknown tables", "snmp", "TcpExt: TW\nTcpExt: 4\nTcpFuture: A\nTcpFuture: 2\nTc: A\nTc: 1\n" },
        { "snmp6 blank and name-only lines", "snmp6", "Ip6InReceives 5\n\n   \nIp6InDelivers\nIcmp6InMsgs\nUdp6InDatagrams 2\n" },
        { "snmp6 prefix changes", "snmp6", "Ip6InReceives 1\nIcmp6Ip6X 2\nIp6InDelivers 3\nFoo 4\nFooBar 5\nBar 0\nTcp6ActiveOpens 7\n" },
        { "snmp6 no six", "snmp6", "InReceives 1\nOutRequests 2\n" },
        // (A first line without value is left out: net-tools then prints an uninitialized variable.)
        { "snmp6 long line", "snmp6", "Ip6InDiscards 4\nIp6InReceives" + new string(' ', 1500) + "7\nIp6InDelivers 8\n" },
        { "snmp6 odd values", "snmp6", "Ip6InDiscards 4\nIp6InReceives -\nIp6InDelivers +\nIp6OutRequests 12x\nIp6InHdrErrors\t\v 3\n" },
        { "snmp6 last line without newline", "snmp6", "Ip6InReceives 1\nUdp6InDatagrams 2" },
        { "sctp odd lines", "sctp/snmp", "SctpCurrEstab\nSctpOutOfBluesX 1\nSctpCurrEstab\n\n  SctpShutdowns 4\nSctpCurrEstab" },
        { "sctp long line", "sctp/snmp", "SctpCurrEstab" + new string(' ', 1100) + "5\nSctpShutdowns 2\n" },
        { "sctp exactly 1023", "sctp/snmp", "SctpCurrEstab" + new string('\t', 1008) + "12\nSctpAborteds 1\n" },
    };

    [SkippableTheory]
    [MemberData(nameof(OddFiles))]
    public void OddFileContent(string description, string file, string content)
    {
        Skip.If(Requirements.MissingForNamespaces is not null, Requirements.MissingForNamespaces);
        Assert.NotEmpty(description);
        var dir = Directory.CreateTempSubdirectory("netstat-stats-odd-");
        try
        {
            var net = Path.Combine(dir.FullName, "net");
            Directory.CreateDirectory(Path.Combine(net, "sctp"));
            // The other files are a plain kernel capture, so the odd one shows in context.
            foreach (var name in new[] { "snmp", "netstat", "snmp6" })
                File.Copy(Repo.Fixture("statistics", "kernel618", "net", name), Path.Combine(net, name));
            File.WriteAllBytes(Path.Combine(net, file), System.Text.Encoding.UTF8.GetBytes(content));
            foreach (var args in new[] { "-s", "-s6", "-sS", "-st", "-sw" })
                Diff.AssertSameOnProc(dir.FullName, args);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [SkippableTheory]
    [InlineData("snmp")]
    [InlineData("snmp6")]
    [InlineData("netstat")]
    [InlineData("sctp/snmp")]
    public void DirectoryInPlaceOfAFile(string file)
    {
        Skip.If(Requirements.MissingForNamespaces is not null, Requirements.MissingForNamespaces);
        var dir = Directory.CreateTempSubdirectory("netstat-stats-dir-");
        try
        {
            var net = Path.Combine(dir.FullName, "net");
            Directory.CreateDirectory(Path.Combine(net, "sctp"));
            foreach (var name in new[] { "snmp", "netstat", "snmp6", "sctp/snmp" })
                File.Copy(Repo.Fixture("statistics", "kernel618", "net", name), Path.Combine(net, name));
            File.Delete(Path.Combine(net, file));
            Directory.CreateDirectory(Path.Combine(net, file));
            foreach (var args in new[] { "-s", "-s6", "-sS" })
                Diff.AssertSameOnProc(dir.FullName, args);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

/// <summary>A fresh namespace after some bounded loopback TCP, UDP and ICMP traffic.</summary>
public sealed class TrafficWorld : WorldFixture
{
    // Exits once the counters have been quiet for a while; nothing else runs in the namespace.
    public TrafficWorld()
        : base(setup: world => world.Exec($"/usr/bin/python3 {Repo.Fixture("worlds", "traffic.py")}", TimeSpan.FromSeconds(60)))
    {
    }
}

public sealed class StatisticsLiveTests(TrafficWorld fixture) : IClassFixture<TrafficWorld>
{
    [SkippableTheory]
    [InlineData("-s")]
    [InlineData("-st")]
    [InlineData("-su")]
    [InlineData("-sw")]
    [InlineData("-sU")]
    [InlineData("-sS")]
    [InlineData("-s6")]
    [InlineData("-s6t")]
    [InlineData("-s6u")]
    [InlineData("-s6w")]
    [InlineData("-s -4 -6")]
    [InlineData("--statistics --inet6")]
    [InlineData("-sc")]
    public void SameAsNetToolsAfterTraffic(string args)
    {
        fixture.SkipIfUnavailable();
        Diff.AssertSame(fixture.World, args);
    }
}
