using System.Text.Json;
using NetStat.Cli.Output;
using NetStat.Records;

namespace NetStat.Cli.Rendering;

/// <summary>
/// Counter tables as <c>{"statistics":{"Tcp":{"ActiveOpens":12,...},...}}</c> under the kernel's
/// own names. A table name the kernel repeats (IcmpMsg, one pair per 16 ICMP types) becomes one
/// object; a counter name met twice keeps its first value, as JSON objects need unique keys.
/// Tables are few and small, so they are gathered and written when the document ends.
/// </summary>
internal sealed class JsonStatisticsRenderer(JsonStream json, StatisticsSelection selection) : IStatisticsRenderer
{
    private static readonly JsonEncodedText Statistics = JsonEncodedText.Encode("statistics");

    private readonly List<(string Name, List<KernelCounter> Counters, HashSet<string> Seen)> _tables = [];

    public void Table(CounterTable table)
    {
        // The text output's -t/-u/-w/-S narrowing: tables net-tools knows follow it, others always show.
        var known = NetToolsCounterCatalog.Find(table.Source, table.Name);
        if (known is not null && !selection.Includes(known.Protocol))
            return;
        var entry = _tables.Find(t => t.Name == table.Name);
        if (entry.Name is null)
        {
            entry = (table.Name, new List<KernelCounter>(), new HashSet<string>(StringComparer.Ordinal));
            _tables.Add(entry);
        }
        foreach (var counter in table.Counters)
            if (entry.Seen.Add(counter.Name))
                entry.Counters.Add(counter);
    }

    /// <summary>Writes the document.</summary>
    public void Write()
    {
        json.BeginDocument();
        var w = json.Writer;
        w.WriteStartObject(Statistics);
        foreach (var (name, counters, _) in _tables)
        {
            w.WriteStartObject(name);
            foreach (var counter in counters)
                w.WriteNumber(counter.Name, counter.Value);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        json.EndDocument();
    }
}
