using NetStat.Records;

namespace NetStat.Cli.Rendering;

/// <summary>
/// Receives routing tables as records, in net-tools' order; a renderer decides what text
/// (or JSON ...) they become. Rows arrive already selected (RTF_UP for IPv4, FIB or cache for
/// IPv6). <c>ext</c> is net-tools' detail level after its -e mapping (0 to 3).
/// </summary>
internal interface IRouteRenderer
{
    /// <summary>Starts the IPv4 FIB ("Kernel IP routing table").</summary>
    void BeginIpv4Fib(int ext);

    /// <summary>One IPv4 FIB entry.</summary>
    void Ipv4FibRow(in Ipv4Route route, int ext);

    /// <summary>Starts the IPv4 routing cache; <paramref name="layout"/> is net-tools' header guess (63, 97 or unknown).</summary>
    void BeginIpv4Cache(int ext, int layout);

    /// <summary>One IPv4 routing cache entry.</summary>
    void Ipv4CacheRow(in Ipv4CachedRoute route, int ext, int layout);

    /// <summary>Starts the IPv6 table (FIB, or the cache entries when <paramref name="cache"/>).</summary>
    void BeginIpv6(bool cache);

    /// <summary>One IPv6 route.</summary>
    void Ipv6Row(in Ipv6Route route);

    /// <summary>
    /// Whether stdout carries a document (JSON) that net-tools' text may not enter: its stdout
    /// messages ("AX.25 not configured in this system.") then go to stderr, and the legacy
    /// families' tables, which have only net-tools' text form, are refused.
    /// </summary>
    bool StdoutIsDocument => false;
}
