using System.Net;
using System.Net.Sockets;
using NetStat.Kernel;
using NetStat.Parsing;
using NetStat.Records;
using NetStat.Tests.Support;
using Xunit;

namespace NetStat.Tests.Unit;

/// <summary>Parsers on captured /proc/net files: the kernel's byte order, every field, bad lines.</summary>
public class InetSocketParsingTests
{
    private static List<InetSocket> ReadAll(string file, SocketProtocol protocol, AddressFamily family, out int malformed)
    {
        var tables = new SocketTables(new ProcPaths(Repo.Fixture("proc")));
        using var cursor = tables.OpenInet(protocol, family, out int errno) ?? throw new InvalidOperationException($"errno {errno}");
        var rows = new List<InetSocket>();
        malformed = 0;
        while (true)
        {
            var outcome = cursor.Next(out var row);
            if (outcome == ReadOutcome.End)
                return rows;
            if (outcome == ReadOutcome.Malformed)
                malformed++;
            else
                rows.Add(row);
        }
    }

    [Fact]
    public void Ipv4RowsCarryEveryField()
    {
        var rows = ReadAll("tcp", SocketProtocol.Tcp, AddressFamily.InterNetwork, out int malformed);
        Assert.Equal(0, malformed);
        Assert.Equal(3, rows.Count);

        Assert.Equal(IPAddress.Any, rows[0].LocalAddress.ToIPAddress());
        Assert.Equal(22, rows[0].LocalPort);
        Assert.Equal((byte)TcpState.Listen, rows[0].State);
        Assert.Equal(5UL, rows[0].ReceiveQueue);
        Assert.True(rows[0].IsServer);

        var established = rows[1];
        Assert.Equal(IPAddress.Loopback, established.LocalAddress.ToIPAddress());
        Assert.Equal(8080, established.LocalPort);
        Assert.Equal(0xD9EE, established.RemotePort);
        Assert.Equal(100UL, established.ReceiveQueue);
        Assert.Equal(2U, established.TimerCode);
        Assert.Equal(0xAFC4FUL, established.TimerTicks);
        Assert.Equal(1000U, established.Uid);
        Assert.Equal(15700UL, established.Inode);
        Assert.False(established.IsServer);

        Assert.Equal((byte)TcpState.TimeWait, rows[2].State);
        Assert.Equal(0UL, rows[2].Inode);
    }

    [Fact]
    public void Ipv6WordsAreHostOrder()
    {
        var rows = ReadAll("tcp6", SocketProtocol.Tcp, AddressFamily.InterNetworkV6, out _);
        Assert.Equal(IPAddress.IPv6Any, rows[0].LocalAddress.ToIPAddress());
        Assert.Equal(IPAddress.Parse("2001:db8::1"), rows[1].LocalAddress.ToIPAddress());
        Assert.Equal(IPAddress.Parse("2001:db8::2"), rows[1].RemoteAddress.ToIPAddress());
        Assert.Equal(12UL, rows[1].SendQueue);
        Assert.Equal(2U, rows[1].Retransmits);
        Assert.Equal(3, rows[1].Timeout);
        Assert.True(rows[2].LocalAddress.IsIPv4Mapped);
        Assert.Equal(IPAddress.Parse("::ffff:127.0.0.1"), rows[2].LocalAddress.ToIPAddress());
        Assert.All(rows, r => Assert.Equal(AddressFamily.InterNetworkV6, r.Family));
    }

    [Fact]
    public void EmptyFileHasNoRows()
    {
        Assert.Empty(ReadAll("udp", SocketProtocol.Udp, AddressFamily.InterNetwork, out int malformed));
        Assert.Equal(0, malformed);
    }

    [Fact]
    public void MissingFileGivesErrno()
    {
        var tables = new SocketTables(new ProcPaths(Repo.Fixture("proc")));
        Assert.Null(tables.OpenInet(SocketProtocol.Raw, AddressFamily.InterNetwork, out int errno));
        Assert.Equal(2, errno); // ENOENT
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("   0: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000")]
    [InlineData("   0: 0100007G:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1")]
    public void TcpNeedsElevenFields(string line)
    {
        Assert.False(InetSocketLine.TryParse(System.Text.Encoding.ASCII.GetBytes(line), SocketProtocol.Tcp, out _));
    }

    [Fact]
    public void UdpNeedsTenFields()
    {
        var line = "   0: 0100007F:1F90 00000000:0000 07 00000000:00000000 00:00000000"u8;
        Assert.True(InetSocketLine.TryParse(line, SocketProtocol.Udp, out var s));
        Assert.Equal(8080, s.LocalPort);
        Assert.False(InetSocketLine.TryParse(line, SocketProtocol.Tcp, out _));
    }

    [Fact]
    public void HugeNumbersSaturateInsteadOfWrapping()
    {
        var line = "0: 0100007F:0016 00000000:0000 0A FFFFFFFFFFFFFFFFFFFF:0 00:0 0 0 0 99999999999999999999999"u8;
        Assert.True(InetSocketLine.TryParse(line, SocketProtocol.Tcp, out var s));
        Assert.Equal(ulong.MaxValue, s.SendQueue);
    }

    [Fact]
    public void UnixRowsKeepWholePathsAndReportBadLines()
    {
        var tables = new SocketTables(new ProcPaths(Repo.Fixture("proc")));
        using var cursor = tables.OpenUnix(out _)!;
        var paths = new List<string>();
        var types = new List<int>();
        int malformed = 0;
        ReadOutcome outcome;
        while ((outcome = cursor.Next(out var row)) != ReadOutcome.End)
        {
            if (outcome == ReadOutcome.Malformed)
            {
                malformed++;
                continue;
            }
            paths.Add(System.Text.Encoding.UTF8.GetString(row.Path.Span));
            types.Add(row.Type);
        }
        Assert.Equal(["/run/x/stream.sock", "/run/x/dgram.sock", "", "@abstract-name@@@", "/run/path with space.sock"], paths);
        Assert.Equal([1, 2, 1, 5, 1], types);
        Assert.Equal(1, malformed);
    }
}
