using NetStat.Kernel;
using NetStat.Records;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Unit;

/// <summary>
/// The counter-file readers on committed fixtures. Expected values are the ones written in the
/// fixture files (and, for malformed input, what net-tools makes of them: see the differential
/// tests, which compare the printed result with /usr/bin/netstat).
/// </summary>
public sealed class CounterReaderTests
{
    private static ProtocolCounters Fixture(string name) => new(new ProcPaths(Repo.Fixture("statistics", name)));

    private static ulong Value(CounterSnapshot snapshot, string table, string counter)
    {
        Assert.True(snapshot.TryGetValue(table, counter, out ulong value), $"{table}.{counter} missing");
        return value;
    }

    [Fact]
    public void KernelCaptureKeepsEveryTableAndCounterInFileOrder()
    {
        var snapshot = Fixture("kernel618").ReadAll();
        Assert.All(snapshot.Files, f => Assert.True(f.Opened));
        // The kernel writes Tcp MaxConn as -1 ("no limit"); that is the only remark.
        var remark = Assert.Single(snapshot.Files.SelectMany(f => f.Problems));
        Assert.Equal((CounterProblemKind.NegativeValue, "MaxConn", 8), (remark.Kind, remark.Detail, remark.Line));

        var snmp = snapshot[CounterFile.Snmp]!;
        Assert.Equal(["Ip", "Icmp", "IcmpMsg", "Tcp", "Udp", "UdpLite"], snmp.Tables.Select(t => t.Name));
        var ip = snmp.Tables[0];
        Assert.Equal(20, ip.Counters.Count);
        Assert.Equal(new KernelCounter("Forwarding", 2), ip.Counters[0]);
        Assert.Equal("OutTransmits", ip.Counters[^1].Name);
        // Tcp MaxConn is -1 in the file: strtoull wraps it.
        Assert.Equal(ulong.MaxValue, Value(snapshot, "Tcp", "MaxConn"));
        Assert.Equal(200UL, Value(snapshot, "Tcp", "RtoMin"));

        var netstat = snapshot[CounterFile.Netstat]!;
        Assert.Equal(["TcpExt", "IpExt", "MPTcpExt"], netstat.Tables.Select(t => t.Name));
        Assert.Equal("SyncookiesSent", netstat.Tables[0].Counters[0].Name);
        Assert.Equal("WinProbe", netstat.Tables[2].Counters[^1].Name);

        var snmp6 = snapshot[CounterFile.Snmp6]!;
        Assert.Equal(["Ip6", "Icmp6", "Udp6", "UdpLite6"], snmp6.Tables.Select(t => t.Name));
        Assert.Equal("Ip6InReceives", snmp6.Tables[0].Counters[0].Name);
        Assert.Equal("UdpLite6MemErrors", snmp6.Tables[3].Counters[^1].Name);

        var sctp = Assert.Single(snapshot[CounterFile.SctpSnmp]!.Tables);
        Assert.Equal("Sctp", sctp.Name);
        Assert.Equal(32, sctp.Counters.Count);
        Assert.Equal(3UL, Value(snapshot, "Sctp", "SctpActiveEstabs"));
        Assert.Equal(56UL, Value(snapshot, "Sctp", "SctpInPktSoftirq"));
    }

    [Fact]
    public void HugeZeroAndUnknownValuesAreKeptExactly()
    {
        var snapshot = Fixture("edge").ReadAll();
        Assert.Equal(18446744073709551615UL, Value(snapshot, "Ip", "InReceives"));
        Assert.Equal(18446744073709551614UL, Value(snapshot, "Ip", "InDelivers"));
        Assert.Equal(0UL, Value(snapshot, "Ip", "InHdrErrors"));
        Assert.Equal(7UL, Value(snapshot, "Icmp", "InCsumErrors"));
        Assert.Equal(1UL, Value(snapshot, "Udp", "MemErrors"));
        Assert.Equal(18446744073709551615UL, Value(snapshot, "Ip6", "Ip6OutForwDatagrams"));
        Assert.Equal(3UL, Value(snapshot, "Icmp6", "Icmp6OutRouterAdvertisements"));

        var ip = snapshot[CounterFile.Snmp]!;
        // 2^64 does not fit: it saturates, as strtoull does, and is reported.
        Assert.Equal(ulong.MaxValue, Value(snapshot, "Ip", "OutTransmits"));
        var problem = Assert.Single(ip.Problems, p => p.Kind == CounterProblemKind.ValueOutOfRange);
        Assert.Equal(("OutTransmits", 2), (problem.Detail, problem.Line));
        Assert.Contains(ip.Problems, p => p is { Kind: CounterProblemKind.NegativeValue, Detail: "MaxConn" });

        // Two IcmpMsg pairs are two tables; the second one's counters are found by key too.
        Assert.Equal(2, ip.Tables.Count(t => t.Name == "IcmpMsg"));
        Assert.Equal(9223372036854775808UL, Value(snapshot, "IcmpMsg", "OutType8"));
        Assert.Equal(16UL, Value(snapshot, "IcmpMsg", "OutType0"));

        // Missing files are reported, not thrown.
        Assert.Equal(2, snapshot[CounterFile.Netstat]!.OpenErrno); // ENOENT
        Assert.False(snapshot[CounterFile.SctpSnmp]!.Opened);
        Assert.Empty(snapshot[CounterFile.Netstat]!.Tables);
    }

    [Fact]
    public void TablesANewKernelAddsAreKept()
    {
        var snapshot = Fixture("newtable").ReadAll();
        Assert.Equal(["Ip", "Icmp", "IcmpFuture", "Tcp", "Quic", "Udp"], snapshot[CounterFile.Snmp]!.Tables.Select(t => t.Name));
        Assert.Equal(5UL, Value(snapshot, "IcmpFuture", "InWidgets"));
        Assert.Equal(8UL, Value(snapshot, "Tcp", "InFutureSegs"));
        Assert.Equal(17UL, Value(snapshot, "XdpExt", "Redirects"));
        Assert.Equal(5UL, Value(snapshot, "TcpExt", "TCPNewFeature"));
        // snmp6 tables are named by the prefix up to the first '6'; a name without the current
        // prefix starts a new table, so Ip6Extra after Sctp6Foo is a second Ip6 table.
        Assert.Equal(["Ip6", "Icmp6", "Raw6", "Udp6", "Sctp6", "Ip6"], snapshot[CounterFile.Snmp6]!.Tables.Select(t => t.Name));
        Assert.Equal(3UL, Value(snapshot, "Raw6", "Raw6InDelivers"));
        Assert.Equal(2UL, Value(snapshot, "Ip6", "Ip6Extra"));
        Assert.Equal(9UL, Value(snapshot, "Sctp", "SctpFutureChunks"));
    }

    [Fact]
    public void MalformedPairFileStopsWhereNetToolsStops()
    {
        var snmp = Fixture("malformed").Read(CounterFile.Snmp);
        Assert.True(snmp.StoppedAtMalformedLine);
        // The blank first line is skipped; Tcp's value line has no ':' and ends the file.
        Assert.Equal(["Ip", "Icmp"], snmp.Tables.Select(t => t.Name));
        Assert.Equal([new("InReceives", 5), new("InDelivers", 0), new("OutRequests", 0)], snmp.Tables[0].Counters);
        Assert.Equal([new("InMsgs", 18446744073709551613), new("InErrors", 4), new("OutMsgs", 0)], snmp.Tables[1].Counters);
        Assert.Equal(
            [
                (CounterProblemKind.InvalidValue, 3, "InDelivers"),
                (CounterProblemKind.InvalidValue, 3, "OutRequests"),
                (CounterProblemKind.NegativeValue, 5, "InMsgs"),
                (CounterProblemKind.MissingValue, 5, "OutMsgs"),
                (CounterProblemKind.MissingColon, 7, null),
            ],
            snmp.Problems.Select(p => (p.Kind, p.Line, p.Detail)));

        var netstat = Fixture("malformed").Read(CounterFile.Netstat);
        Assert.False(netstat.StoppedAtMalformedLine);
        var tcpExt = Assert.Single(netstat.Tables);
        Assert.Equal([new("TW", 1), new("DelayedACKs", 2)], tcpExt.Counters);
        Assert.Equal(
            [CounterProblemKind.TitleMismatch, CounterProblemKind.ExtraValues, CounterProblemKind.MissingValueLine],
            netstat.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void MalformedSnmp6LinesKeepWhatNetToolsKeeps()
    {
        var snmp6 = Fixture("malformed").Read(CounterFile.Snmp6);
        // A blank line repeats the previous counter, a name without value takes the previous value,
        // an unparsable value keeps the previous one: net-tools' sscanf leaves its variables alone.
        Assert.Equal(
            [new("Ip6InReceives", 5), new("Ip6InReceives", 5), new("Ip6InDelivers", 5), new("Ip6OutRequests", ulong.MaxValue)],
            snmp6.Tables[0].Counters);
        Assert.Equal(
            [new("Icmp6InMsgs", ulong.MaxValue), new("Icmp6InErrors", ulong.MaxValue), new("Icmp6OutMsgs", 3)],
            snmp6.Tables[1].Counters);
        Assert.Equal(
            [CounterProblemKind.BlankLine, CounterProblemKind.MissingValue, CounterProblemKind.NegativeValue,
             CounterProblemKind.ValueOutOfRange, CounterProblemKind.InvalidValue],
            snmp6.Problems.Select(p => p.Kind));
    }

    [Fact]
    public void MalformedSctpLinesReadLikeNetToolsLineBuffer()
    {
        var sctp = Assert.Single(Fixture("malformed").Read(CounterFile.SctpSnmp).Tables);
        // "SctpActiveEstabs" has no value: skipped. "  SctpShutdowns 4" starts with a blank, so its
        // name is empty and net-tools reads the name as the value (0). The last line has neither
        // newline nor value: net-tools reads on into its buffer's leftovers (the "s 4" of line 3).
        Assert.Equal([new("SctpOutOfBluesX", 1), new("", 0), new("SctpCurrEstab", 0)], sctp.Counters);
    }

    [Fact]
    public void EmptyAndMissingFiles()
    {
        var empty = Fixture("emptyfiles").ReadAll();
        Assert.All(empty.Files, f => Assert.True(f.Opened));
        Assert.Empty(empty[CounterFile.Snmp]!.Tables);
        Assert.Empty(empty[CounterFile.Snmp6]!.Tables);
        // net-tools prints "Sctp:" for an empty file: the table exists, without counters.
        Assert.Empty(Assert.Single(empty[CounterFile.SctpSnmp]!.Tables).Counters);

        var none = new ProtocolCounters(new ProcPaths("/nonexistent-proc-root")).ReadAll();
        Assert.All(none.Files, f => Assert.Equal(2, f.OpenErrno));
        Assert.False(none.TryGetValue("Ip", "InReceives", out _));
    }

    [Fact]
    public void DirectoryInPlaceOfAFileIsAReadError()
    {
        var root = Directory.CreateTempSubdirectory("netstat-counters-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "net", "snmp"));
            var snmp = new ProtocolCounters(new ProcPaths(root.FullName)).Read(CounterFile.Snmp);
            Assert.True(snmp.Opened);
            Assert.Equal(21, snmp.ReadErrno); // EISDIR
            Assert.Empty(snmp.Tables);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Fact]
    public void LongLinesAreReadInNetToolsPieces()
    {
        var root = Directory.CreateTempSubdirectory("netstat-counters-");
        try
        {
            Directory.CreateDirectory(Path.Combine(root.FullName, "net", "sctp"));
            // 1100 blanks between name and value: net-tools' 1024-byte fgets buffer splits the line.
            File.WriteAllText(Path.Combine(root.FullName, "net", "sctp", "snmp"), "SctpCurrEstab" + new string(' ', 1100) + "5\nSctpShutdowns 2\n");
            var sctp = new ProtocolCounters(new ProcPaths(root.FullName)).Read(CounterFile.SctpSnmp);
            Assert.Equal([new("", 5), new("SctpShutdowns", 2)], sctp.Tables[0].Counters);
            Assert.Contains(sctp.Problems, p => p.Kind == CounterProblemKind.LineTooLong);
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
