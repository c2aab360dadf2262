using System.Buffers.Binary;
using System.Net.Sockets;
using NetStat.Kernel;
using NetStat.Kernel.Netlink;
using NetStat.Records;
using Xunit;

namespace NetStat.Tests.Unit;

/// <summary>The IPv6 rows kept from a TCP dump of both families, and when they may stand for the IPv6 table.</summary>
public sealed class InetDiagStashTests
{
    /// <summary>A struct inet_diag_msg as the kernel writes it (little-endian host, ports big-endian).</summary>
    private static byte[] Message(byte state, ushort localPort, uint wqueue, uint inode)
    {
        var m = new byte[InetDiagCursor.MessageLength];
        m[0] = 10; // AF_INET6
        m[1] = state;
        BinaryPrimitives.WriteUInt16BigEndian(m.AsSpan(4), localPort);
        m[8 + 15] = 1; // ::1
        BinaryPrimitives.WriteUInt32LittleEndian(m.AsSpan(56), 3); // rqueue
        BinaryPrimitives.WriteUInt32LittleEndian(m.AsSpan(60), wqueue);
        BinaryPrimitives.WriteUInt32LittleEndian(m.AsSpan(64), 1000); // uid
        BinaryPrimitives.WriteUInt32LittleEndian(m.AsSpan(68), inode);
        return m;
    }

    [Fact]
    public void CompleteStashGivesTheRowsBackInOrder()
    {
        var stash = new InetDiagStash();
        stash.Add(Message((byte)TcpState.Listen, 22, 128, 111));
        stash.Add(Message((byte)TcpState.Established, 40000, 7, 222));
        Assert.False(stash.Usable); // the dump has not ended yet
        stash.Complete = true;
        Assert.True(stash.Usable);

        using var rows = stash.Rows(SocketProtocol.Tcp);
        Assert.Equal(ReadOutcome.Row, rows.Next(out var listener));
        Assert.Equal(AddressFamily.InterNetworkV6, listener.Family);
        Assert.Equal(22, listener.LocalPort);
        Assert.Equal(111ul, listener.Inode);
        Assert.Equal(3ul, listener.ReceiveQueue);
        // As from the IPv6 dump of its own: a listener's wqueue is its accept queue limit, not a send queue.
        Assert.Equal(0ul, listener.SendQueue);
        Assert.Equal(128u, listener.AcceptQueueLimit);
        Assert.Equal(ReadOutcome.Row, rows.Next(out var connection));
        Assert.Equal(7ul, connection.SendQueue);
        Assert.Null(connection.AcceptQueueLimit);
        Assert.Equal(1000u, connection.Uid);
        Assert.Equal(ReadOutcome.End, rows.Next(out _));
    }

    [Fact]
    public void TooManyRowsAreGivenUpSoTheTableIsReadOnItsOwn()
    {
        var stash = new InetDiagStash();
        var message = Message((byte)TcpState.Established, 1, 0, 1);
        int fit = InetDiagStash.Limit / message.Length;
        for (int i = 0; i < fit; i++)
            stash.Add(message);
        stash.Complete = true;
        Assert.True(stash.Usable);
        stash.Add(message);
        Assert.False(stash.Usable);
    }
}
