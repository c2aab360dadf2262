using System.Net;
using System.Net.Sockets;
using System.Text;
using NetStat.Records;

namespace NetStat.Tables;

/// <summary>Type of a UNIX domain socket (SOCK_* numbers).</summary>
public enum UnixSocketType
{
    /// <summary>SOCK_STREAM.</summary>
    Stream = 1,
    /// <summary>SOCK_DGRAM.</summary>
    Datagram = 2,
    /// <summary>SOCK_RAW.</summary>
    Raw = 3,
    /// <summary>SOCK_RDM.</summary>
    ReliablyDeliveredMessage = 4,
    /// <summary>SOCK_SEQPACKET.</summary>
    SequencedPacket = 5,
}

/// <summary>State of a UNIX domain socket (the kernel's socket_state).</summary>
public enum UnixSocketState
{
    /// <summary>SS_FREE: not allocated.</summary>
    Free = 0,
    /// <summary>SS_UNCONNECTED: unconnected (listening sockets are unconnected too).</summary>
    Unconnected = 1,
    /// <summary>SS_CONNECTING: connecting.</summary>
    Connecting = 2,
    /// <summary>SS_CONNECTED: connected.</summary>
    Connected = 3,
    /// <summary>SS_DISCONNECTING: disconnecting.</summary>
    Disconnecting = 4,
}

/// <summary>Which timer of an Internet socket is running.</summary>
public enum SocketTimerKind
{
    /// <summary>No timer.</summary>
    None = 0,
    /// <summary>Retransmission timer.</summary>
    Retransmit = 1,
    /// <summary>Keepalive timer.</summary>
    KeepAlive = 2,
    /// <summary>TIME_WAIT timer.</summary>
    TimeWait = 3,
    /// <summary>Zero-window probe timer.</summary>
    ZeroWindowProbe = 4,
}

/// <summary>One socket of any table, with the values of its kernel record in .NET types.</summary>
/// <remarks>
/// Internet sockets have <see cref="Inet"/> set and the endpoint properties filled; UNIX sockets
/// have <see cref="Unix"/> set and <see cref="UnixPath"/>. The raw record keeps every kernel field.
/// </remarks>
public sealed class SocketEntry
{
    private readonly InetSocket _inet;
    private readonly UnixSocket _unix;
    private readonly bool _isInet;
    private IPEndPoint? _local, _remote;
    private string? _unixPath;

    internal SocketEntry(in InetSocket socket, IReadOnlyList<ProcessInfo> processes, string? userName)
    {
        _inet = socket;
        _isInet = true;
        Processes = processes;
        UserName = userName;
    }

    internal SocketEntry(in UnixSocket socket, IReadOnlyList<ProcessInfo> processes)
    {
        // The reader's row points into its buffer: keep a copy of the path.
        _unix = socket with { Path = socket.Path.ToArray() };
        Processes = processes;
    }

    /// <summary>The table the socket was listed in.</summary>
    public SocketProtocol Protocol => _isInet ? _inet.Protocol : SocketProtocol.Unix;

    /// <summary>
    /// <see cref="AddressFamily.InterNetwork"/> or <see cref="AddressFamily.InterNetworkV6"/>
    /// (the table's family), or <see cref="AddressFamily.Unix"/>.
    /// </summary>
    public AddressFamily Family => _isInet ? _inet.Family : AddressFamily.Unix;

    /// <summary>The kernel record of an Internet socket (every field, raw values); null for UNIX sockets.</summary>
    public InetSocket? Inet => _isInet ? _inet : null;

    /// <summary>The kernel record of a UNIX socket (every field, raw values); null for Internet sockets.</summary>
    public UnixSocket? Unix => _isInet ? null : _unix;

    /// <summary>Local address and port; null for UNIX sockets. Raw sockets carry the IP protocol number as port.</summary>
    public IPEndPoint? LocalEndPoint => _isInet ? _local ??= _inet.LocalEndPoint : null;

    /// <summary>Remote address and port (0.0.0.0:0 or [::]:0 when unconnected); null for UNIX sockets.</summary>
    public IPEndPoint? RemoteEndPoint => _isInet ? _remote ??= _inet.RemoteEndPoint : null;

    /// <summary>Local address; null for UNIX sockets.</summary>
    public IPAddress? LocalAddress => LocalEndPoint?.Address;

    /// <summary>Local port (0 for UNIX sockets).</summary>
    public int LocalPort => _isInet ? _inet.LocalPort : 0;

    /// <summary>Remote address; null for UNIX sockets.</summary>
    public IPAddress? RemoteAddress => RemoteEndPoint?.Address;

    /// <summary>Remote port (0 for UNIX sockets and unconnected sockets).</summary>
    public int RemotePort => _isInet ? _inet.RemotePort : 0;

    /// <summary>The TCP state; null for every other protocol.</summary>
    public TcpState? TcpState => _isInet ? _inet.TcpState : null;

    /// <summary>The UNIX socket type; null for Internet sockets.</summary>
    public UnixSocketType? UnixType => _isInet ? null : (UnixSocketType)_unix.Type;

    /// <summary>The UNIX socket state; null for Internet sockets.</summary>
    public UnixSocketState? UnixState => _isInet ? null : (UnixSocketState)_unix.State;

    /// <summary>
    /// The bound path of a UNIX socket as the kernel shows it (abstract names start with '@'),
    /// decoded as UTF-8; empty when unbound, null for Internet sockets.
    /// </summary>
    public string? UnixPath => _isInet ? null : _unixPath ??= Encoding.UTF8.GetString(_unix.Path.Span);

    /// <summary>Whether netstat counts the socket as listening (-l): see <see cref="ListeningFilter.ListeningOnly"/>.</summary>
    public bool IsListening => _isInet ? _inet.IsServer : _unix.IsServer;

    /// <summary>Bytes in the send queue (for TCP listeners 0, as /proc shows it); 0 for UNIX sockets.</summary>
    public ulong SendQueue => _isInet ? _inet.SendQueue : 0;

    /// <summary>Bytes in the receive queue (for TCP listeners: connections waiting in the accept queue); 0 for UNIX sockets.</summary>
    public ulong ReceiveQueue => _isInet ? _inet.ReceiveQueue : 0;

    /// <summary>
    /// For a TCP listener read through netlink: the accept queue's limit (the listen() backlog
    /// capped by net.core.somaxconn). Null otherwise: /proc/net/tcp does not show it.
    /// </summary>
    public uint? AcceptQueueLimit => _isInet ? _inet.AcceptQueueLimit : null;

    /// <summary>The running timer (<see cref="SocketTimerKind.None"/> for UNIX sockets).</summary>
    public SocketTimerKind Timer => _isInet ? (SocketTimerKind)_inet.TimerCode : SocketTimerKind.None;

    /// <summary>Time until <see cref="Timer"/> expires (the kernel counts in 1/100 s).</summary>
    public TimeSpan TimerRemaining => _isInet ? TimeSpan.FromMilliseconds(_inet.TimerTicks * 10.0) : TimeSpan.Zero;

    /// <summary>Unrecovered retransmissions (or probes) of the timer.</summary>
    public uint Retransmits => _isInet ? _inet.Retransmits : 0;

    /// <summary>The owning user id of an Internet socket; null for UNIX sockets (the kernel does not list it).</summary>
    public uint? Uid => _isInet ? _inet.Uid : null;

    /// <summary>The name of <see cref="Uid"/> when <see cref="SocketQuery.IncludeUserNames"/> was set and the user has one.</summary>
    public string? UserName { get; }

    /// <summary>The socket's inode: 0 for TIME_WAIT and half-open (request) sockets, which no process holds.</summary>
    public ulong Inode => _isInet ? _inet.Inode : _unix.Inode;

    /// <summary>
    /// Every process holding the socket, lowest PID first, when <see cref="SocketQuery.IncludeProcesses"/>
    /// was set (processes the caller may not inspect are missing); otherwise empty.
    /// </summary>
    public IReadOnlyList<ProcessInfo> Processes { get; }

    /// <summary>The process netstat -p shows (the first of <see cref="Processes"/>), or null.</summary>
    public ProcessInfo? Process => Processes.Count > 0 ? Processes[0] : null;

    /// <inheritdoc/>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Protocol switch
        {
            SocketProtocol.Tcp => "tcp",
            SocketProtocol.Udp => "udp",
            SocketProtocol.UdpLite => "udpl", // netstat's Proto column
            SocketProtocol.Raw => "raw",
            _ => "unix",
        });
        if (Family == AddressFamily.InterNetworkV6)
            text.Append('6');
        text.Append(' ');
        if (_isInet)
            text.Append(LocalEndPoint).Append(' ').Append(RemoteEndPoint).Append(' ').Append(TcpState?.ToString() ?? _inet.State.ToString(System.Globalization.CultureInfo.InvariantCulture));
        else
            text.Append(UnixType).Append(' ').Append(UnixState).Append(' ').Append(UnixPath);
        if (Process is { } p)
            text.Append(' ').Append(p);
        return text.ToString();
    }
}
