namespace NetStat.Records;

/// <summary>
/// One line of /proc/net/sockstat or /proc/net/sockstat6: a protocol ("sockets", "TCP", "UDP6",
/// "FRAG" ...) and its "name value" pairs in file order ("inuse 3 orphan 0 tw 1 alloc 6 mem 29").
/// The kernel counts per network namespace except "mem" (pages, for the whole host).
/// </summary>
/// <param name="Protocol">The text before the colon.</param>
/// <param name="Values">The pairs, names as the kernel writes them; values are signed (the kernel prints ints).</param>
public sealed record SockstatLine(string Protocol, IReadOnlyList<(string Name, long Value)> Values);
