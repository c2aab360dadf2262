namespace NetStat.Records;

/// <summary>One IPv6 address of an interface, as /proc/net/if_inet6 lists it.</summary>
public readonly record struct InterfaceInet6Address
{
    /// <summary>The address.</summary>
    public InetAddress Address { get; init; }
    /// <summary>The device index column.</summary>
    public int InterfaceIndex { get; init; }
    /// <summary>Prefix length.</summary>
    public int PrefixLength { get; init; }
    /// <summary>The kernel's scope bits (0 global, 0x10 host, 0x20 link, 0x40 site, 0x80 v4-compatible).</summary>
    public int Scope { get; init; }
    /// <summary>The address flags column (IFA_F_* low byte: 0x80 permanent, 0x40 tentative ...).</summary>
    public int Flags { get; init; }
}
