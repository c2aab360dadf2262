using System.Net;
using System.Net.Sockets;

namespace NetStat.Records;

/// <summary>
/// One row of the kernel's TCP, UDP, UDP-Lite or raw socket tables, with every field the kernel
/// reports (values as the kernel gives them; formatting is the renderer's job).
/// </summary>
public readonly record struct InetSocket
{
    /// <summary>The protocol table this row came from.</summary>
    public SocketProtocol Protocol { get; init; }

    /// <summary>The table's family: IPv6 rows (tcp6, udp6 ...) may still hold IPv4-mapped addresses.</summary>
    public AddressFamily Family { get; init; }

    /// <summary>Local address.</summary>
    public InetAddress LocalAddress { get; init; }

    /// <summary>Local port (for raw sockets: the IP protocol number).</summary>
    public ushort LocalPort { get; init; }

    /// <summary>Remote address.</summary>
    public InetAddress RemoteAddress { get; init; }

    /// <summary>Remote port.</summary>
    public ushort RemotePort { get; init; }

    /// <summary>Kernel state number (see <see cref="TcpState"/>; raw sockets show it as a number).</summary>
    public byte State { get; init; }

    /// <summary>Send queue (bytes; 0 for a TCP listener, as /proc/net/tcp shows it: its limit is <see cref="AcceptQueueLimit"/>).</summary>
    public ulong SendQueue { get; init; }

    /// <summary>Receive queue (bytes; for a TCP listener the connections waiting in its accept queue; for UDP kernel memory).</summary>
    public ulong ReceiveQueue { get; init; }

    /// <summary>
    /// For a TCP listener read through netlink: the accept queue's limit (the backlog given to
    /// listen(), capped by net.core.somaxconn). Null when unknown: /proc/net/tcp has no such
    /// column (it shows 0 as the listener's send queue, as <see cref="SendQueue"/> does).
    /// </summary>
    public uint? AcceptQueueLimit { get; init; }

    /// <summary>Active timer code: 0 none, 1 retransmit, 2 keepalive, 3 TIME_WAIT, 4 zero-window probe.</summary>
    public uint TimerCode { get; init; }

    /// <summary>Time until the timer expires, in USER_HZ ticks (1/100 s).</summary>
    public ulong TimerTicks { get; init; }

    /// <summary>Unrecovered retransmits (or probes).</summary>
    public uint Retransmits { get; init; }

    /// <summary>Owner user id.</summary>
    public uint Uid { get; init; }

    /// <summary>The kernel's timeout field (unanswered zero-window probes or keepalives).</summary>
    public int Timeout { get; init; }

    /// <summary>Socket inode (0 for TIME_WAIT and request sockets).</summary>
    public ulong Inode { get; init; }

    /// <summary>
    /// Whether netstat counts this socket as a server (shown by -l, hidden by default):
    /// for TCP a remote port of 0, for the others an all-zero remote address.
    /// </summary>
    public bool IsServer => Protocol == SocketProtocol.Tcp ? RemotePort == 0 : RemoteAddress.IsUnspecified;

    /// <summary>The TCP state; null for UDP, UDP-Lite and raw rows, whose state number means something else.</summary>
    public TcpState? TcpState => Protocol == SocketProtocol.Tcp ? (TcpState)State : null;

    /// <summary>The local address and port as an <see cref="IPEndPoint"/> (allocates).</summary>
    public IPEndPoint LocalEndPoint => new(LocalAddress.ToIPAddress(), LocalPort);

    /// <summary>The remote address and port as an <see cref="IPEndPoint"/> (allocates).</summary>
    public IPEndPoint RemoteEndPoint => new(RemoteAddress.ToIPAddress(), RemotePort);
}
