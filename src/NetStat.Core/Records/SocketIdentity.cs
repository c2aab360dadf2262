using System.Net.Sockets;

namespace NetStat.Records;

/// <summary>
/// What makes two rows of two listings the same socket: protocol, family, both endpoints and
/// the inode. The state is not part of it, so a socket that changes state (SYN_SENT to
/// ESTABLISHED, LISTEN after bind) stays the same socket. The kernel's mini-sockets have
/// inode 0 and are objects of their own: when a connection closes, its socket goes and a
/// TIME_WAIT entry comes; a request in SYN_RECV goes and the accepted socket comes. A UDP socket
/// that connects changes its remote endpoint, so its row goes and a new one comes. UNIX sockets
/// are identified by their inode alone (their path may appear when they bind).
/// </summary>
/// <param name="Protocol">The table the socket is listed in.</param>
/// <param name="Family">The table's address family (<see cref="AddressFamily.Unix"/> for UNIX sockets).</param>
/// <param name="LocalAddress">Local address (default for UNIX sockets).</param>
/// <param name="LocalPort">Local port (raw sockets: the IP protocol).</param>
/// <param name="RemoteAddress">Remote address (default for UNIX sockets).</param>
/// <param name="RemotePort">Remote port.</param>
/// <param name="Inode">Socket inode (0 for TIME_WAIT and request sockets).</param>
public readonly record struct SocketIdentity(SocketProtocol Protocol, AddressFamily Family, InetAddress LocalAddress, ushort LocalPort,
    InetAddress RemoteAddress, ushort RemotePort, ulong Inode)
{
    /// <summary>The identity of an Internet socket row.</summary>
    public static SocketIdentity Of(in InetSocket s) =>
        new(s.Protocol, s.Family, s.LocalAddress, s.LocalPort, s.RemoteAddress, s.RemotePort, s.Inode);

    /// <summary>The identity of a UNIX socket row.</summary>
    public static SocketIdentity Of(in UnixSocket s) =>
        new(SocketProtocol.Unix, AddressFamily.Unix, default, 0, default, 0, s.Inode);
}
