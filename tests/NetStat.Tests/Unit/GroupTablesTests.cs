using System.Net;
using System.Net.Sockets;
using System.Text;
using NetStat.Kernel;
using NetStat.Parsing;
using NetStat.Records;
using Xunit;

namespace NetStat.Tests.Unit;

/// <summary>
/// The membership records read from Fixtures/groups/net/{igmp,igmp6}: lines in the kernel's
/// formats ("%d\t%-10s: %5d %7s", "\t\t\t\t%08X %5d %d:%08lX\t\t%d" and
/// "%-4d %-15s %pi6 %5d %08X %ld"), so every expected value below is read off those lines.
/// </summary>
public sealed class GroupTablesTests
{
    private static readonly GroupTables Tables = new(new ProcPaths(Support.Repo.Fixture("groups")));

    private sealed record Row(AddressFamily Family, int Index, string Interface, string Name, string Group, int Users,
        bool TimerRunning, long TimerTicks, bool Reporter, int Count, string Querier, uint Flags);

    private static (List<Row> Rows, List<(int Line, GroupLineKind Kind)> Malformed) ReadAll(ProcGroupCursor cursor)
    {
        var rows = new List<Row>();
        var malformed = new List<(int, GroupLineKind)>();
        using (cursor)
        {
            while (true)
            {
                var outcome = cursor.Next(out MulticastMembership m);
                if (outcome == ReadOutcome.End)
                    break;
                if (outcome == ReadOutcome.Malformed)
                {
                    malformed.Add((cursor.LineNumber, cursor.MalformedKind));
                    continue;
                }
                rows.Add(new Row(m.Family, m.InterfaceIndex, Text(m.Interface), Text(m.InterfaceName), m.Group.ToString(), m.Users,
                    m.TimerRunning, m.TimerTicks, m.Reporter, m.InterfaceGroupCount, Text(m.Querier), m.Flags));
            }
        }
        return (rows, malformed);
    }

    private static string Text(ReadOnlyMemory<byte> bytes) => Encoding.Latin1.GetString(bytes.Span);

    [Fact]
    public void IgmpRowsCarryTheirDeviceLine()
    {
        var (rows, malformed) = ReadAll(Tables.OpenIgmp(out int errno)!);
        Assert.Equal(0, errno);
        Assert.Equal(
        [
            new Row(AddressFamily.InterNetwork, 1, "lo        ", "lo", "224.0.0.1", 1, false, 0, false, 1, "V3", 0),
            new Row(AddressFamily.InterNetwork, 4, "averylongname15", "averylongname15", "239.1.2.3", 2, true, 0x3C, true, 2, "V2", 0),
            new Row(AddressFamily.InterNetwork, 4, "averylongname15", "averylongname15", "224.0.0.1", 1, false, 0, false, 2, "V2", 0),
        ], rows);
        // "bogus" has no index for "%d\t%15c".
        Assert.Equal([(6, GroupLineKind.BogusIgmp)], malformed);
    }

    [Fact]
    public void Igmp6RowsCarryFlagsAndTimer()
    {
        var (rows, malformed) = ReadAll(Tables.OpenIgmp6(out _)!);
        Assert.Equal(
        [
            new Row(AddressFamily.InterNetworkV6, 1, "lo", "lo", "ff02::1", 1, false, 0, false, 0, "", 0xC),
            new Row(AddressFamily.InterNetworkV6, 4, "averylongname15", "averylongname15", "ff15::1234", 2, true, 37, true, 0, "", 7),
        ], rows);
        // The last line lacks the users column.
        Assert.Equal([(2, GroupLineKind.BogusIgmp6)], malformed);
    }

    [Fact]
    public void AMissingTableGivesItsErrno()
    {
        var tables = new GroupTables(new ProcPaths(Path.Combine(Path.GetTempPath(), "no-such-proc-" + Guid.NewGuid().ToString("N"))));
        Assert.Null(tables.OpenIgmp(out int errno));
        Assert.Equal(2, errno); // ENOENT
        Assert.Null(tables.OpenIgmp6(out errno));
        Assert.Equal(2, errno);
    }

    [Fact]
    public void AScannerSharedAcrossFilesKeepsNetToolsState()
    {
        // After igmp6 (whose first line has no "Device") the igmp6 switch stays on, so the
        // next igmp file is read in the igmp6 format, as by net-tools' second -c pass.
        var scanner = new GroupLineScanner();
        ReadAll(Tables.OpenIgmp(out _, scanner)!);
        ReadAll(Tables.OpenIgmp6(out _, scanner)!);
        var (rows, malformed) = ReadAll(Tables.OpenIgmp(out _, scanner)!);
        Assert.All(rows, r => Assert.Equal(AddressFamily.InterNetworkV6, r.Family));
        Assert.Contains(malformed, m => m.Kind == GroupLineKind.BogusIgmp6);

        // A fresh scanner per file reads it on its own terms.
        var (fresh, _) = ReadAll(Tables.OpenIgmp(out _)!);
        Assert.Equal(IPAddress.Parse("239.1.2.3").ToString(), fresh[1].Group);
    }
}
