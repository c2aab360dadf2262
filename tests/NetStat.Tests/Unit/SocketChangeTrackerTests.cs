using System.Net.Sockets;
using NetStat.Changes;
using NetStat.Records;
using Xunit;

namespace NetStat.Tests.Unit;

public sealed class SocketChangeTrackerTests
{
    private static InetSocket Tcp(ushort localPort, ushort remotePort, byte state, ulong inode) => new()
    {
        Protocol = SocketProtocol.Tcp,
        Family = AddressFamily.InterNetwork,
        LocalAddress = InetAddress.FromIPv4(0x7F000001),
        LocalPort = localPort,
        RemoteAddress = remotePort == 0 ? InetAddress.FromIPv4(0) : InetAddress.FromIPv4(0x7F000001),
        RemotePort = remotePort,
        State = state,
        Inode = inode,
    };

    [Fact]
    public void FirstPassIsAllNewAndNothingGoes()
    {
        var t = new SocketChangeTracker();
        t.BeginPass();
        Assert.True(t.Observe(Tcp(80, 0, (byte)TcpState.Listen, 10), null));
        Assert.True(t.Observe(Tcp(81, 0, (byte)TcpState.Listen, 11), null));
        Assert.Empty(t.EndPass());
        Assert.Equal(1, t.CompletedPasses);
    }

    [Fact]
    public void ReportsWhatCameAndWhatWentAsLastSeenInListingOrder()
    {
        var t = new SocketChangeTracker();
        t.BeginPass();
        t.Observe(Tcp(80, 0, (byte)TcpState.Listen, 10), null);
        t.Observe(Tcp(81, 0, (byte)TcpState.Listen, 11), null);
        t.Observe(Tcp(82, 0, (byte)TcpState.Listen, 12), null);
        t.EndPass();

        t.BeginPass();
        Assert.False(t.Observe(Tcp(81, 0, (byte)TcpState.Listen, 11), null));
        Assert.True(t.Observe(Tcp(83, 0, (byte)TcpState.Listen, 13), null));
        var gone = t.EndPass();
        Assert.Equal([(ushort)80, (ushort)82], gone.Select(g => g.Inet.LocalPort));
        Assert.All(gone, g => Assert.False(g.IsUnix));

        // Gone once: the next pass does not report them again.
        t.BeginPass();
        t.Observe(Tcp(81, 0, (byte)TcpState.Listen, 11), null);
        t.Observe(Tcp(83, 0, (byte)TcpState.Listen, 13), null);
        Assert.Empty(t.EndPass());
    }

    [Fact]
    public void AStateChangeIsTheSameSocketButTimeWaitIsAnother()
    {
        var t = new SocketChangeTracker();
        t.BeginPass();
        t.Observe(Tcp(40000, 80, (byte)TcpState.SynSent, 20), null);
        t.EndPass();

        t.BeginPass();
        Assert.False(t.Observe(Tcp(40000, 80, (byte)TcpState.Established, 20), null));
        Assert.Empty(t.EndPass());

        // The socket is closed: the kernel's TIME_WAIT entry has no inode.
        t.BeginPass();
        Assert.True(t.Observe(Tcp(40000, 80, (byte)TcpState.TimeWait, 0), null));
        var gone = Assert.Single(t.EndPass());
        Assert.Equal((byte)TcpState.Established, gone.Inet.State);
    }

    [Fact]
    public void ARowListedTwiceInOnePassIsNewOnce()
    {
        var t = new SocketChangeTracker();
        t.BeginPass();
        t.EndPass();
        t.BeginPass();
        Assert.True(t.Observe(Tcp(80, 0, (byte)TcpState.Listen, 10), null));
        Assert.False(t.Observe(Tcp(80, 0, (byte)TcpState.Listen, 10), null));
    }

    [Fact]
    public void UnixSocketsAreTheirInodeAndKeepTheirPath()
    {
        var t = new SocketChangeTracker();
        var buffer = "/run/a.sock"u8.ToArray();
        var owner = new ProcessInfo(42, "prog"u8.ToArray());
        t.BeginPass();
        t.Observe(new UnixSocket { Inode = 5, Type = 1, State = 1, Path = buffer }, owner);
        t.EndPass();
        buffer.AsSpan().Fill((byte)'x'); // the reader reuses its buffers

        t.BeginPass();
        // Same inode, now bound elsewhere and connected: the same socket.
        Assert.False(t.Observe(new UnixSocket { Inode = 5, Type = 1, State = 3, Path = "/other"u8.ToArray() }, owner));
        t.EndPass();
        t.BeginPass();
        var gone = Assert.Single(t.EndPass());
        Assert.True(gone.IsUnix);
        Assert.Equal("/other"u8.ToArray(), gone.Unix.Path.ToArray());
        Assert.Same(owner, gone.Owner);
    }

    [Fact]
    public void AnUnchangedPathKeepsItsCopyNotTheReadersBuffer()
    {
        var t = new SocketChangeTracker();
        var buffer = "/run/a.sock"u8.ToArray();
        for (int pass = 0; pass < 3; pass++)
        {
            "/run/a.sock"u8.CopyTo(buffer); // the reader fills its buffer again with the same bytes
            t.BeginPass();
            t.Observe(new UnixSocket { Inode = 5, Type = 1, State = 3, Path = buffer }, null);
            t.Observe(new UnixSocket { Inode = 5, Type = 1, State = 3, Path = buffer }, null);
            Assert.Empty(t.EndPass());
            buffer.AsSpan().Fill((byte)'x');
        }
        t.BeginPass();
        var gone = Assert.Single(t.EndPass());
        Assert.Equal("/run/a.sock"u8.ToArray(), gone.Unix.Path.ToArray());
    }

    [Fact]
    public void TheSameEndpointsInTwoProtocolsOrFamiliesAreTwoSockets()
    {
        var tcp = Tcp(53, 0, 7, 30);
        var udp = tcp with { Protocol = SocketProtocol.Udp };
        var tcp6 = tcp with { Family = AddressFamily.InterNetworkV6 };
        Assert.NotEqual(SocketIdentity.Of(tcp), SocketIdentity.Of(udp));
        Assert.NotEqual(SocketIdentity.Of(tcp), SocketIdentity.Of(tcp6));
        Assert.Equal(SocketIdentity.Of(tcp), SocketIdentity.Of(tcp with { State = 1, ReceiveQueue = 9 }));
    }
}
