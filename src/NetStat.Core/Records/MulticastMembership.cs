using System.Net.Sockets;

namespace NetStat.Records;

/// <summary>
/// One multicast group joined on one interface: a group line of /proc/net/igmp (with the
/// columns of the device line above it) or a line of /proc/net/igmp6. Values are as the kernel
/// printed them; the byte spans point into the reader's buffers and are valid until its next row.
/// </summary>
public readonly record struct MulticastMembership
{
    /// <summary><see cref="AddressFamily.InterNetwork"/> for IGMP rows, <see cref="AddressFamily.InterNetworkV6"/> for MLD rows.</summary>
    public AddressFamily Family { get; init; }

    /// <summary>The interface index (ifindex).</summary>
    public int InterfaceIndex { get; init; }

    /// <summary>
    /// The interface as net-tools reads it (its 16-byte device buffer up to the first NUL). For
    /// /proc/net/igmp that is the first 15 characters after the index, cut at the last ':', so
    /// the kernel's padding to 10 columns stays ("lo        "); malformed files can leave bytes
    /// of an earlier name behind, exactly as in net-tools.
    /// </summary>
    public ReadOnlyMemory<byte> Interface { get; init; }

    /// <summary>The interface name without net-tools' artefacts: the kernel's text, padding removed.</summary>
    public ReadOnlyMemory<byte> InterfaceName { get; init; }

    /// <summary>The group address.</summary>
    public InetAddress Group { get; init; }

    /// <summary>How many sockets (and kernel users) hold the membership: netstat's "RefCnt".</summary>
    public int Users { get; init; }

    /// <summary>Whether a report timer is running for the group.</summary>
    public bool TimerRunning { get; init; }

    /// <summary>Time until that timer fires, in USER_HZ ticks (0 when none runs).</summary>
    public long TimerTicks { get; init; }

    /// <summary>Whether this host sent the last report for the group (IGMP "Reporter", MLD MAF_LAST_REPORTER).</summary>
    public bool Reporter { get; init; }

    /// <summary>IGMP only: the number of groups of the interface (the device line's "Count").</summary>
    public int InterfaceGroupCount { get; init; }

    /// <summary>IGMP only: the querier version the interface has seen ("V1", "V2" or "V3").</summary>
    public ReadOnlyMemory<byte> Querier { get; init; }

    /// <summary>MLD only: the kernel's MAF_* flags (1 timer running, 2 last reporter, 4 loaded, 8 no report, 16 general query).</summary>
    public uint Flags { get; init; }
}
