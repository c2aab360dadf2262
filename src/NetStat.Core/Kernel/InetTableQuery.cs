namespace NetStat.Kernel;

/// <summary>What a reader of an Internet socket table needs, so the kernel is asked for no more.</summary>
public readonly record struct InetTableQuery
{
    /// <summary>Every socket, every field.</summary>
    public static InetTableQuery All { get; } = new() { States = AllStates };

    /// <summary>Bit mask of TCP states (1 &lt;&lt; state) wanted; UDP and raw sockets are not filtered by it.</summary>
    public uint States { get; init; }

    /// <summary>
    /// The timer columns must be exact as /proc prints them (retransmits and probes both, in
    /// clock ticks); netlink carries only one of the two counters, so this reads /proc.
    /// </summary>
    public bool ExactTimers { get; init; }

    /// <summary>
    /// Sockets the caller will drop anyway: a reader may leave out sockets that cannot match
    /// (netlink compiles the port and address constraints into a kernel filter). A hint only:
    /// the caller still applies <see cref="Query.SocketFilter.Matches(in Records.InetSocket, Records.ProcessInfo?)"/>.
    /// </summary>
    public Query.SocketFilter? Filter { get; init; }

    /// <summary>States 1 (ESTABLISHED) to 12 (NEW_SYN_RECV): everything /proc/net/tcp lists.</summary>
    public const uint AllStates = 0x1FFE;

    /// <summary>LISTEN alone: the kernel then skips the connection hash entirely.</summary>
    public const uint ListenOnly = 1u << 10;
}
