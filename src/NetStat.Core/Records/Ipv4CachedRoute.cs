namespace NetStat.Records;

/// <summary>
/// One entry of the IPv4 routing cache (/proc/net/rt_cache; always empty since Linux 3.6), with
/// every column of either layout the kernel has used. Columns a layout lacks are 0.
/// </summary>
public readonly record struct Ipv4CachedRoute
{
    /// <summary>Output interface name ("Iface").</summary>
    public ReadOnlyMemory<byte> Interface { get; init; }

    /// <summary>Destination address ("Destination").</summary>
    public InetAddress Destination { get; init; }

    /// <summary>Gateway ("Gateway").</summary>
    public InetAddress Gateway { get; init; }

    /// <summary>RTCF_* and RTF_* flags ("Flags"), see <see cref="RouteFlags"/>.</summary>
    public uint Flags { get; init; }

    /// <summary>Reference count ("RefCnt").</summary>
    public int RefCount { get; init; }

    /// <summary>Use count ("Use").</summary>
    public int Use { get; init; }

    /// <summary>Metric ("Metric").</summary>
    public int Metric { get; init; }

    /// <summary>Source address ("Source").</summary>
    public InetAddress Source { get; init; }

    /// <summary>MSS ("MTU").</summary>
    public int Mtu { get; init; }

    /// <summary>Window ("Window").</summary>
    public int Window { get; init; }

    /// <summary>Initial round-trip time ("IRTT").</summary>
    public int Irtt { get; init; }

    /// <summary>Type of service ("TOS"; Linux 2.2 layout).</summary>
    public int Tos { get; init; }

    /// <summary>Hardware header cache references ("HHRef"; Linux 2.2 layout).</summary>
    public int HardwareHeaderRefs { get; init; }

    /// <summary>Hardware header up to date ("HHUptod"; Linux 2.2 layout).</summary>
    public int HardwareHeaderUpToDate { get; init; }

    /// <summary>Specific destination ("SpecDst"; Linux 2.2 layout).</summary>
    public InetAddress SpecificDestination { get; init; }

    /// <summary>Hardware header ("HH"; Linux 2.0 layout).</summary>
    public int HardwareHeader { get; init; }

    /// <summary>ARP ("ARP"; Linux 2.0 layout).</summary>
    public int Arp { get; init; }
}
