namespace NetStat.Records;

/// <summary>
/// One IPv4 FIB entry with every column of /proc/net/route, values as the kernel gives them
/// (flags are <see cref="RouteFlags"/> bits; the signed columns are C ints, so a metric of
/// 4294967295 reads as -1 exactly as net-tools 2.10 shows it).
/// </summary>
public readonly record struct Ipv4Route
{
    /// <summary>Output interface name ("Iface"); raw bytes, at most 15.</summary>
    public ReadOnlyMemory<byte> Interface { get; init; }

    /// <summary>Destination network or host ("Destination").</summary>
    public InetAddress Destination { get; init; }

    /// <summary>Gateway, 0.0.0.0 when none ("Gateway").</summary>
    public InetAddress Gateway { get; init; }

    /// <summary>Route flags ("Flags"), see <see cref="RouteFlags"/>.</summary>
    public uint Flags { get; init; }

    /// <summary>Reference count ("RefCnt"; always 0 on modern kernels).</summary>
    public int RefCount { get; init; }

    /// <summary>Use count ("Use"; always 0 on modern kernels).</summary>
    public int Use { get; init; }

    /// <summary>Route metric / priority ("Metric").</summary>
    public int Metric { get; init; }

    /// <summary>Destination netmask ("Mask").</summary>
    public InetAddress Mask { get; init; }

    /// <summary>Advertised MSS of the route ("MTU" column; <c>ip route ... advmss</c>).</summary>
    public int Mtu { get; init; }

    /// <summary>Window clamp ("Window").</summary>
    public int Window { get; init; }

    /// <summary>Initial round-trip time ("IRTT").</summary>
    public int Irtt { get; init; }
}
