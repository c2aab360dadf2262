namespace NetStat.Records;

/// <summary>One row of the kernel's UNIX domain socket table.</summary>
public readonly record struct UnixSocket
{
    /// <summary>Reference count (as parsed; out-of-range text saturates like strtoul).</summary>
    public ulong RefCount { get; init; }

    /// <summary>The protocol field (always 0 on Linux).</summary>
    public uint ProtocolField { get; init; }

    /// <summary>Socket flags (0x10000 = accepting connections).</summary>
    public ulong Flags { get; init; }

    /// <summary>Socket type: 1 stream, 2 datagram, 3 raw, 4 RDM, 5 seqpacket.</summary>
    public ushort Type { get; init; }

    /// <summary>Socket state: 0 free, 1 unconnected, 2 connecting, 3 connected, 4 disconnecting.</summary>
    public byte State { get; init; }

    /// <summary>Socket inode.</summary>
    public ulong Inode { get; init; }

    /// <summary>
    /// The bound path as the kernel shows it (abstract names start with '@'); empty when unbound.
    /// Raw bytes: a path may hold any byte but NUL.
    /// </summary>
    public ReadOnlyMemory<byte> Path { get; init; }

    /// <summary>Flag bit: listening (SO_ACCEPTCON).</summary>
    public const uint AcceptConFlag = 0x10000;

    /// <summary>Whether netstat counts this socket as a server: unconnected and accepting connections.</summary>
    public bool IsServer => State == 1 && (Flags & AcceptConFlag) != 0;
}
