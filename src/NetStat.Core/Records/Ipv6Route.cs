namespace NetStat.Records;

/// <summary>
/// One IPv6 route with every column of /proc/net/ipv6_route, values as the kernel gives them
/// (flags are <see cref="RouteFlags"/> bits; entries with <see cref="RouteFlags.Cache"/> are
/// cloned cache routes, not FIB entries).
/// </summary>
public readonly record struct Ipv6Route
{
    /// <summary>Destination prefix.</summary>
    public InetAddress Destination { get; init; }

    /// <summary>Destination prefix length in bits.</summary>
    public int DestinationPrefixLength { get; init; }

    /// <summary>Source prefix (source-specific routing; :: otherwise).</summary>
    public InetAddress Source { get; init; }

    /// <summary>Source prefix length in bits.</summary>
    public int SourcePrefixLength { get; init; }

    /// <summary>Next hop, :: when directly connected.</summary>
    public InetAddress NextHop { get; init; }

    /// <summary>Metric; the kernel's 0xffffffff reads as -1 (C int), as net-tools 2.10 shows it.</summary>
    public int Metric { get; init; }

    /// <summary>Reference count.</summary>
    public int RefCount { get; init; }

    /// <summary>Use count.</summary>
    public int Use { get; init; }

    /// <summary>Route flags, see <see cref="RouteFlags"/>.</summary>
    public uint Flags { get; init; }

    /// <summary>Device name; raw bytes, at most 15.</summary>
    public ReadOnlyMemory<byte> Interface { get; init; }
}
