namespace NetStat.Records;

/// <summary>
/// One table of protocol counters ("Ip", "TcpExt", "Icmp6", "Sctp", or any table a newer kernel
/// adds), with its counters in file order. A file may hold the same table name more than once
/// (the kernel writes one IcmpMsg pair per 16 ICMP types): each occurrence is its own table.
/// </summary>
public sealed class CounterTable
{
    private Dictionary<string, ulong>? _index;

    /// <summary>Creates a table.</summary>
    public CounterTable(string name, CounterFile source, int line, IReadOnlyList<KernelCounter> counters)
    {
        Name = name;
        Source = source;
        Line = line;
        Counters = counters;
    }

    /// <summary>
    /// The table's name: the text before the colon in /proc/net/snmp and /proc/net/netstat,
    /// the name prefix up to and including its first '6' in /proc/net/snmp6 ("Ip6", "UdpLite6"),
    /// "Sctp" for /proc/net/sctp/snmp.
    /// </summary>
    public string Name { get; }

    /// <summary>The file the table was read from.</summary>
    public CounterFile Source { get; }

    /// <summary>The 1-based line of the file where the table starts.</summary>
    public int Line { get; }

    /// <summary>The counters in file order (names as the kernel writes them, duplicates kept).</summary>
    public IReadOnlyList<KernelCounter> Counters { get; }

    /// <summary>Looks a counter up by its kernel name (exact, case-sensitive; the first one wins).</summary>
    public bool TryGetValue(string counter, out ulong value)
    {
        if (_index is null)
        {
            var index = new Dictionary<string, ulong>(Counters.Count, StringComparer.Ordinal);
            foreach (var c in Counters)
                index.TryAdd(c.Name, c.Value);
            _index = index;
        }
        return _index.TryGetValue(counter, out value);
    }
}
