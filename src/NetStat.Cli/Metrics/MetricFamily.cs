namespace NetStat.Cli.Metrics;

/// <summary>
/// One metric family being built: samples with the same label values are added together, so a
/// label set appears once however many sockets share it (two listeners on one port with
/// SO_REUSEPORT, a program's hundred connections).
/// </summary>
internal sealed class MetricFamily(string name, string help, MetricType type, params string[] labelNames)
{
    private readonly Dictionary<string, (string[] Labels, Int128 Value)> _series = new(StringComparer.Ordinal);

    public string Name { get; } = name;
    public string Help { get; } = help;
    public MetricType Type { get; } = type;
    public string[] LabelNames { get; } = labelNames;

    /// <summary>Series dropped by the last <see cref="WriteTo"/> because of the cardinality limit.</summary>
    public int Dropped { get; private set; }

    public int Count => _series.Count;

    /// <summary>Adds <paramref name="value"/> to the series with these label values (in <see cref="LabelNames"/> order).</summary>
    public void Add(Int128 value, params string[] labels)
    {
        // Label values cannot contain NUL once escaped (SafeText turns it into \x00), so it separates them.
        string key = labels.Length switch
        {
            0 => "",
            1 => labels[0],
            _ => string.Join('\0', labels),
        };
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_series, key, out bool exists);
        slot = exists ? (slot.Labels, slot.Value + value) : (labels, value);
    }

    /// <summary>
    /// Writes the family (HELP, TYPE and its series in label order). With more than
    /// <paramref name="limit"/> series, the largest values are kept (ties in label order) and the
    /// rest counted in <see cref="Dropped"/>. A family without series still gets its HELP and
    /// TYPE, so dashboards and alerts see it exist.
    /// </summary>
    public void WriteTo(ExpositionText text, int limit = int.MaxValue)
    {
        var entries = new List<KeyValuePair<string, (string[] Labels, Int128 Value)>>(_series);
        Dropped = 0;
        if (entries.Count > limit)
        {
            entries.Sort((a, b) =>
            {
                int c = b.Value.Value.CompareTo(a.Value.Value);
                return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
            });
            Dropped = entries.Count - limit;
            entries.RemoveRange(limit, entries.Count - limit);
        }
        entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        text.Family(Name, Help, Type);
        foreach (var (_, (labels, value)) in entries)
            text.Sample(Name, LabelNames, labels, value);
    }
}
