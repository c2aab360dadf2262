using NetStat.Kernel;
using NetStat.Records;

namespace NetStat.Tables;

/// <summary>The socket tables a <see cref="SocketQuery"/> reads.</summary>
[Flags]
public enum SocketProtocols
{
    /// <summary>No table.</summary>
    None = 0,
    /// <summary>TCP.</summary>
    Tcp = 1,
    /// <summary>UDP.</summary>
    Udp = 2,
    /// <summary>UDP-Lite (RFC 3828).</summary>
    UdpLite = 4,
    /// <summary>Raw IP sockets.</summary>
    Raw = 8,
    /// <summary>UNIX domain sockets.</summary>
    Unix = 16,
    /// <summary>TCP, UDP, UDP-Lite and raw: every Internet table.</summary>
    Internet = Tcp | Udp | UdpLite | Raw,
    /// <summary>Every table.</summary>
    All = Internet | Unix,
}

/// <summary>The Internet address families a <see cref="SocketQuery"/> reads (UNIX sockets are selected by <see cref="SocketProtocols.Unix"/>).</summary>
[Flags]
public enum IPFamilies
{
    /// <summary>Neither.</summary>
    None = 0,
    /// <summary>The IPv4 tables (tcp, udp ...).</summary>
    IPv4 = 1,
    /// <summary>The IPv6 tables (tcp6, udp6 ...), which may hold IPv4-mapped addresses.</summary>
    IPv6 = 2,
    /// <summary>Both.</summary>
    All = IPv4 | IPv6,
}

/// <summary>
/// A set of TCP states. The bit of a state is 1 &lt;&lt; its kernel number, the layout of
/// inet_diag's idiag_states, so the set is handed to the kernel as it is.
/// </summary>
[Flags]
public enum TcpStates : uint
{
    /// <summary>No state.</summary>
    None = 0,
    /// <summary><see cref="TcpState.Established"/>.</summary>
    Established = 1u << TcpState.Established,
    /// <summary><see cref="TcpState.SynSent"/>.</summary>
    SynSent = 1u << TcpState.SynSent,
    /// <summary><see cref="TcpState.SynRecv"/>.</summary>
    SynRecv = 1u << TcpState.SynRecv,
    /// <summary><see cref="TcpState.FinWait1"/>.</summary>
    FinWait1 = 1u << TcpState.FinWait1,
    /// <summary><see cref="TcpState.FinWait2"/>.</summary>
    FinWait2 = 1u << TcpState.FinWait2,
    /// <summary><see cref="TcpState.TimeWait"/>.</summary>
    TimeWait = 1u << TcpState.TimeWait,
    /// <summary><see cref="TcpState.Close"/>.</summary>
    Close = 1u << TcpState.Close,
    /// <summary><see cref="TcpState.CloseWait"/>.</summary>
    CloseWait = 1u << TcpState.CloseWait,
    /// <summary><see cref="TcpState.LastAck"/>.</summary>
    LastAck = 1u << TcpState.LastAck,
    /// <summary><see cref="TcpState.Listen"/>.</summary>
    Listen = 1u << TcpState.Listen,
    /// <summary><see cref="TcpState.Closing"/>.</summary>
    Closing = 1u << TcpState.Closing,
    /// <summary><see cref="TcpState.NewSynRecv"/>.</summary>
    NewSynRecv = 1u << TcpState.NewSynRecv,
    /// <summary>Every state the kernel lists.</summary>
    All = InetTableQuery.AllStates,
}

/// <summary>Which sockets by their role, with netstat's meaning of "listening" (-l).</summary>
public enum ListeningFilter
{
    /// <summary>Listening and other sockets (netstat -a).</summary>
    Any,
    /// <summary>
    /// Only listening sockets (netstat -l): TCP in LISTEN, UNIX sockets accepting connections,
    /// UDP, UDP-Lite and raw sockets with no remote address.
    /// </summary>
    ListeningOnly,
    /// <summary>Everything but the above (netstat without -a or -l).</summary>
    NonListening,
}

/// <summary>
/// What a <see cref="SocketTable"/> read asks for. Protocols, families, TCP states and the
/// listening filter are handed to the kernel where it can filter (the inet_diag request's state
/// mask, and tables that are not asked for are not opened), so asking for less costs less.
/// </summary>
/// <remarks>
/// Port, address, state, process and user conditions go in <see cref="Filter"/> (the filter
/// model of netstat's --port, --state ... options, NetStat.Query): on netlink its port, address
/// and state conditions are compiled into the kernel's inet_diag bytecode, and every condition is
/// checked on each row. <see cref="Where"/> takes any other predicate, run last on each row.
/// </remarks>
public sealed record SocketQuery
{
    /// <summary>Every socket of every table, without processes or user names.</summary>
    public static SocketQuery All { get; } = new();

    /// <summary>Listening sockets of every table (netstat -l).</summary>
    public static SocketQuery Listeners { get; } = new() { Listening = ListeningFilter.ListeningOnly };

    /// <summary>The tables to read (default: all).</summary>
    public SocketProtocols Protocols { get; init; } = SocketProtocols.All;

    /// <summary>The Internet families to read (default: both).</summary>
    public IPFamilies Families { get; init; } = IPFamilies.All;

    /// <summary>The TCP states to list (default: all); other protocols are not filtered by it.</summary>
    public TcpStates TcpStates { get; init; } = TcpStates.All;

    /// <summary>Listening sockets, others, or both (default: both).</summary>
    public ListeningFilter Listening { get; init; } = ListeningFilter.Any;

    /// <summary>
    /// Fill <see cref="SocketEntry.Processes"/> by walking /proc/PID/fd (as netstat -p; slower:
    /// every open file of every process is looked at). Without root, other users' processes stay unknown.
    /// </summary>
    public bool IncludeProcesses { get; init; }

    /// <summary>
    /// A process scan (<see cref="ProcessScanner.Scan(bool)"/>) to find the holders in, instead of
    /// the /proc/PID/fd walk each read makes when <see cref="IncludeProcesses"/> or a process
    /// condition of <see cref="Filter"/> needs processes; null (the default) for that walk.
    /// Processes and socket inodes are system-wide, not per network namespace, so one scan can
    /// serve the reads of several namespaces (<see cref="NetworkNamespace.Run{T}"/>, with
    /// SocketTable's synchronous Read or Snapshot: the namespace belongs to the calling thread,
    /// and ReadAsync reads on other threads); a socket
    /// opened after the scan has no holder. <see cref="SocketEntry.Processes"/> lists every
    /// holder when the scan kept them all (allHolders: true), otherwise only the process
    /// netstat -p shows.
    /// </summary>
    public SocketOwners? Owners { get; init; }

    /// <summary>Fill <see cref="SocketEntry.UserName"/> through the C library's user database (as netstat -e).</summary>
    public bool IncludeUserNames { get; init; }

    /// <summary>
    /// Read the TCP/UDP timer fields exactly as /proc/net/tcp prints them (retransmits and probes
    /// both): slower on large tables, where netlink would be used otherwise.
    /// </summary>
    public bool ExactTimers { get; init; }

    /// <summary>
    /// Port, address, state, user and process conditions, or null for none (build one with
    /// <see cref="Query.SocketFilterBuilder"/>). Process conditions compare with the process
    /// netstat -p shows; they make the read walk /proc/PID/fd even without
    /// <see cref="IncludeProcesses"/>.
    /// </summary>
    public Query.SocketFilter? Filter { get; init; }

    /// <summary>
    /// Any other predicate, applied to each row after the kernel's filtering and
    /// <see cref="Filter"/>, or null.
    /// </summary>
    public Func<SocketEntry, bool>? Where { get; init; }

    /// <summary>Whether reading needs the /proc/PID/fd walk.</summary>
    internal bool NeedsOwners => IncludeProcesses || Filter?.NeedsProcesses == true;

    /// <summary>The request handed to the kernel for one protocol's table.</summary>
    internal InetTableQuery KernelQuery(SocketProtocol protocol)
    {
        uint states = (uint)TcpStates & InetTableQuery.AllStates;
        if (protocol == SocketProtocol.Tcp)
        {
            // A TCP socket is "listening" for netstat exactly when it is in LISTEN (remote port 0).
            if (Listening == ListeningFilter.ListeningOnly)
                states &= InetTableQuery.ListenOnly;
            else if (Listening == ListeningFilter.NonListening)
                states &= ~InetTableQuery.ListenOnly;
        }
        else
        {
            states = InetTableQuery.AllStates;
        }
        return new InetTableQuery { States = states, ExactTimers = ExactTimers, Filter = Filter };
    }

    internal bool Selects(SocketProtocol protocol) => protocol switch
    {
        SocketProtocol.Tcp => (Protocols & SocketProtocols.Tcp) != 0,
        SocketProtocol.Udp => (Protocols & SocketProtocols.Udp) != 0,
        SocketProtocol.UdpLite => (Protocols & SocketProtocols.UdpLite) != 0,
        SocketProtocol.Raw => (Protocols & SocketProtocols.Raw) != 0,
        _ => (Protocols & SocketProtocols.Unix) != 0,
    };

    internal bool SelectsRole(bool isServer) => Listening switch
    {
        ListeningFilter.ListeningOnly => isServer,
        ListeningFilter.NonListening => !isServer,
        _ => true,
    };
}
