using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>
/// Where the routing tables come from. The procfs implementation reads the kernel's text tables
/// exactly as net-tools does; a faster source (rtnetlink) can take its place without touching
/// the modes or renderers.
/// </summary>
public interface IRouteTables
{
    /// <summary>The name of the IPv4 FIB table for messages ("/proc/net/route").</summary>
    string Ipv4Name { get; }

    /// <summary>The name of the IPv4 routing cache for messages ("/proc/net/rt_cache").</summary>
    string Ipv4CacheName { get; }

    /// <summary>The name of the IPv6 table for messages ("/proc/net/ipv6_route").</summary>
    string Ipv6Name { get; }

    /// <summary>Opens the IPv4 FIB; null with the errno when it cannot be opened.</summary>
    IRouteCursor<Ipv4Route>? OpenIpv4(out int errno);

    /// <summary>Opens the IPv4 routing cache; null with the errno when it cannot be opened.</summary>
    IRouteCursor<Ipv4CachedRoute>? OpenIpv4Cache(out int errno);

    /// <summary>
    /// Opens the IPv6 routing table (FIB and cache entries); null with the errno when it cannot be
    /// opened. A row that did not fully convert is <see cref="ReadOutcome.Malformed"/> but still
    /// carries the values net-tools prints for it (it prints such rows too).
    /// </summary>
    IRouteCursor<Ipv6Route>? OpenIpv6(out int errno);
}

/// <summary>
/// A route table cursor. Besides rows it reports what is wrong with the table as a whole,
/// which net-tools tells apart: an empty table file, a missing column, an unknown layout.
/// </summary>
public interface IRouteCursor<T> : ITableCursor<T>
{
    /// <summary>True when the table file had no header line at all (net-tools then gives up silently).</summary>
    bool Empty { get; }

    /// <summary>A column net-tools requires that the header lacks, or null.</summary>
    string? MissingColumn { get; }

    /// <summary>
    /// For the IPv4 cache: net-tools' layout guess (63 = Linux 2.2+, 97 = Linux 2.0, other
    /// values unknown, -1 when the header could not be read). 0 for other tables.
    /// </summary>
    int Layout { get; }

    /// <summary>
    /// How many numbers so far were out of range for the C conversion net-tools uses (each
    /// leaves errno at ERANGE there, which one of its messages shows); 0 for non-text sources.
    /// </summary>
    int RangeErrors { get; }
}
