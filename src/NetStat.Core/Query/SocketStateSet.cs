using NetStat.Records;

namespace NetStat.Query;

/// <summary>
/// The states a state filter accepts: kernel TCP states by the names net-tools prints
/// (ESTABLISHED, SYN_RECV, TIME_WAIT ...), plus two of netstat's own selections:
/// <c>listening</c> (exactly the sockets <c>-l</c> shows) and <c>connected</c> (exactly those
/// shown without <c>-a</c> or <c>-l</c>).
/// </summary>
/// <remarks>
/// UDP, UDP-Lite and raw sockets carry TCP state numbers too: ESTABLISHED when connected and
/// CLOSE when not (net-tools prints an empty state for unconnected UDP and the number 7 for
/// raw). UNIX sockets have their own states, mapped as: CONNECTED = <c>established</c>,
/// CONNECTING = <c>syn_sent</c>, LISTENING = <c>listen</c>, an unconnected socket that does
/// not listen (empty State column) = <c>close</c>; FREE and DISCONNECTING match no TCP name.
/// </remarks>
public readonly record struct SocketStateSet
{
    /// <summary>Bit mask of kernel TCP states (bit <c>1 &lt;&lt; state</c>).</summary>
    public uint TcpStates { get; init; }

    /// <summary>Also every socket netstat counts as a server (what <c>-l</c> shows).</summary>
    public bool Listening { get; init; }

    /// <summary>Also every socket netstat does not count as a server (what it shows by default).</summary>
    public bool Connected { get; init; }

    /// <summary>Whether no state at all is accepted (the set of no filter given).</summary>
    public bool IsEmpty => TcpStates == 0 && !Listening && !Connected;

    /// <summary>The names <see cref="TryAdd"/> accepts (case-insensitive; '-' may stand for '_').</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "established", "syn_sent", "syn_recv", "fin_wait1", "fin_wait2", "time_wait", "close",
        "close_wait", "last_ack", "listen", "closing", "listening", "connected",
    ];

    /// <summary>The set with the state named <paramref name="name"/> added; false when the name is unknown.</summary>
    public bool TryAdd(ReadOnlySpan<char> name, out SocketStateSet result)
    {
        result = this;
        Span<char> lower = stackalloc char[16];
        if (name.Length > lower.Length)
            return false;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            lower[i] = c == '-' ? '_' : c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
        var key = lower[..name.Length];
        if (key.SequenceEqual("listening"))
        {
            result = this with { Listening = true };
            return true;
        }
        if (key.SequenceEqual("connected"))
        {
            result = this with { Connected = true };
            return true;
        }
        for (int i = 0; i < 11; i++)
        {
            if (key.SequenceEqual(Names[i]))
            {
                result = this with { TcpStates = TcpStates | 1u << (i + 1) };
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether an Internet socket's state is in the set.</summary>
    public bool Contains(in InetSocket socket)
    {
        if (socket.State < 32 && (TcpStates & 1u << socket.State) != 0)
            return true;
        return socket.IsServer ? Listening : Connected;
    }

    /// <summary>Whether a UNIX socket's state is in the set (see the remarks for the mapping).</summary>
    public bool Contains(in UnixSocket socket)
    {
        if (socket.IsServer ? Listening : Connected)
            return true;
        TcpState? equivalent = socket.IsServer ? TcpState.Listen : socket.State switch
        {
            1 => TcpState.Close,
            2 => TcpState.SynSent,
            3 => TcpState.Established,
            _ => null,
        };
        return equivalent is TcpState s && (TcpStates & 1u << (int)s) != 0;
    }

    /// <summary>
    /// The <c>idiag_states</c> bits a netlink dump of <paramref name="protocol"/> needs so that
    /// every socket of the set is sent (a superset: the caller still checks each socket).
    /// </summary>
    public uint KernelStates(SocketProtocol protocol)
    {
        const uint all = 0x1FFE;
        if (protocol != SocketProtocol.Tcp)
            return Listening || Connected ? all : TcpStates;
        uint mask = TcpStates;
        // netstat's TCP "servers" are the listeners: remote port 0 happens in LISTEN alone
        // among the states the tables list.
        if (Listening)
            mask |= 1u << (int)TcpState.Listen;
        if (Connected)
            mask |= all & ~(1u << (int)TcpState.Listen);
        // Request sockets (NEW_SYN_RECV) are reported as SYN_RECV.
        if ((mask & 1u << (int)TcpState.SynRecv) != 0)
            mask |= 1u << (int)TcpState.NewSynRecv;
        return mask;
    }
}
