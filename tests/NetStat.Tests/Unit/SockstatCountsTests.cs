using System.Text;
using NetStat.Kernel;
using Xunit;

namespace NetStat.Tests.Unit;

/// <summary>
/// The counts that let a listing skip a kernel walk: anything but a well-formed zero must read
/// as "not known", so that the table is walked.
/// </summary>
public sealed class SockstatCountsTests
{
    // Captured from this kernel's /proc/net/sockstat and sockstat6 (a namespace holding one
    // TIME_WAIT socket and one UDP socket).
    private const string Sockstat =
        "sockets: used 5\nTCP: inuse 0 orphan 0 tw 1 alloc 0 mem 0\nUDP: inuse 1 mem 2\nUDPLITE: inuse 0\nRAW: inuse 0\nFRAG: inuse 0 memory 0\n";
    private const string Sockstat6 = "TCP6: inuse 0\nUDP6: inuse 0\nUDPLITE6: inuse 0\nRAW6: inuse 0\nFRAG6: inuse 0 memory 0\n";

    [Theory]
    [InlineData(Sockstat, "TCP:", "inuse", 0L)]
    [InlineData(Sockstat, "TCP:", "tw", 1L)]
    [InlineData(Sockstat, "TCP:", "mem", 0L)]
    [InlineData(Sockstat, "UDP:", "inuse", 1L)]
    [InlineData(Sockstat, "UDPLITE:", "inuse", 0L)]
    [InlineData(Sockstat6, "UDPLITE6:", "inuse", 0L)]
    [InlineData(Sockstat6, "UDP6:", "inuse", 0L)]
    [InlineData(Sockstat, "TCP6:", "inuse", null)]     // the other file's line
    [InlineData(Sockstat, "TCP:", "orphans", null)]    // no such field
    [InlineData("TCP: inuse x\n", "TCP:", "inuse", null)]
    [InlineData("TCP: inuse 0x1\n", "TCP:", "inuse", null)]
    [InlineData("TCP: inuse\n", "TCP:", "inuse", null)]
    [InlineData("TCP: inuse -0\n", "TCP:", "inuse", 0L)]
    [InlineData("TCP:  inuse  7  tw 0\n", "TCP:", "inuse", 7L)]
    [InlineData("", "TCP:", "inuse", null)]
    public void ReadsTheNamedCount(string text, string key, string field, long? expected) =>
        Assert.Equal(expected, SockstatCounts.Count(Encoding.ASCII.GetBytes(text), Encoding.ASCII.GetBytes(key), Encoding.ASCII.GetBytes(field)));

    [Fact]
    public void DecidesFromBothFilesAndWalksWhenUnsure()
    {
        // Without the files: unknown, so walked; with them, per protocol and family.
        var dir = Directory.CreateTempSubdirectory("sockstat");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "net"));
            Assert.False(SockstatCounts.Empty(new ProcPaths(dir.FullName), NetStat.Records.SocketProtocol.Tcp, true, true));
            File.WriteAllText(Path.Combine(dir.FullName, "net", "sockstat"), Sockstat);
            File.WriteAllText(Path.Combine(dir.FullName, "net", "sockstat6"), Sockstat6);
            Assert.False(SockstatCounts.Empty(new ProcPaths(dir.FullName), NetStat.Records.SocketProtocol.Tcp, true, false)); // tw 1
            Assert.False(SockstatCounts.Empty(new ProcPaths(dir.FullName), NetStat.Records.SocketProtocol.Udp, true, true));  // UDP 1
            Assert.True(SockstatCounts.Empty(new ProcPaths(dir.FullName), NetStat.Records.SocketProtocol.Udp, false, true));
            Assert.True(SockstatCounts.Empty(new ProcPaths(dir.FullName), NetStat.Records.SocketProtocol.UdpLite, true, true));
            // Raw sockets are read from /proc/net/raw, never dumped: nothing to skip.
            Assert.False(SockstatCounts.Empty(new ProcPaths(dir.FullName), NetStat.Records.SocketProtocol.Raw, true, true));
            // TCP with nothing in either file: empty; an IPv6 listener alone still leaves the
            // IPv4 table unknown (its IPv4 connections are IPv4 SYN_RECV rows); sockstat6
            // missing (IPv6 off) leaves it unknown too.
            File.WriteAllText(Path.Combine(dir.FullName, "net", "sockstat"), Sockstat.Replace("tw 1", "tw 0"));
            Assert.True(SockstatCounts.Empty(new ProcPaths(dir.FullName), NetStat.Records.SocketProtocol.Tcp, true, false));
            File.WriteAllText(Path.Combine(dir.FullName, "net", "sockstat6"), Sockstat6.Replace("TCP6: inuse 0", "TCP6: inuse 1"));
            Assert.False(SockstatCounts.Empty(new ProcPaths(dir.FullName), NetStat.Records.SocketProtocol.Tcp, true, false));
            File.Delete(Path.Combine(dir.FullName, "net", "sockstat6"));
            Assert.False(SockstatCounts.Empty(new ProcPaths(dir.FullName), NetStat.Records.SocketProtocol.Tcp, true, false));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
