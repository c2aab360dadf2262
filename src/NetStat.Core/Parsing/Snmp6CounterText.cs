using System.Text;
using NetStat.Records;

namespace NetStat.Parsing;

/// <summary>
/// /proc/net/snmp6: one "Name value" per line, read as net-tools 2.10 reads it. A table is named
/// by the prefix of a counter's name up to and including its first '6' ("Ip6", "Icmp6",
/// "UdpLite6"); a new table starts whenever a name does not contain the current prefix.
/// </summary>
internal static class Snmp6CounterText
{
    /// <summary>Adds the file's tables and problems.</summary>
    public static void Parse(ReadOnlySpan<byte> text, List<CounterTable> tables, List<CounterProblem> problems)
    {
        const CounterFile source = CounterFile.Snmp6;
        var lines = new CounterFileLines(text, source, problems);
        string? name = null;
        // net-tools leaves this uninitialized: a first line without a value prints stack garbage there.
        ulong value = 0;
        string? prefix = null;
        List<KernelCounter>? counters = null;
        int tableLine = 0;
        while (lines.Next(out var piece, out _))
        {
            int lineNo = lines.LineNo;
            // sscanf(line, "%s %llu", name, &value): what it cannot convert keeps its old content.
            var scan = new ScanCursor(CUnsigned.CString(piece));
            if (scan.Word(out var word))
            {
                name = Encoding.UTF8.GetString(word);
                scan.SkipSpace();
                var rest = scan.Rest;
                ulong parsed = CUnsigned.Parse(rest, out _, out var outcome);
                if (outcome != CUnsignedOutcome.NoDigits)
                    value = parsed;
                PairedCounterText.Report(outcome, rest, source, lineNo, name, problems);
            }
            else
            {
                problems.Add(new(source, CounterProblemKind.BlankLine, lineNo, name));
                if (name is null)
                    continue;
            }

            if (prefix is null || !name.Contains(prefix, StringComparison.Ordinal))
            {
                if (counters is not null)
                    tables.Add(new CounterTable(prefix!, source, tableLine, counters));
                prefix = TableName(name);
                counters = [];
                tableLine = lineNo;
            }
            counters!.Add(new KernelCounter(name, value));
        }
        if (counters is not null)
            tables.Add(new CounterTable(prefix!, source, tableLine, counters));
    }

    /// <summary>The name up to and including its first '6', or the whole name when it has none.</summary>
    public static string TableName(string counter)
    {
        int six = counter.IndexOf('6');
        return six < 0 ? counter : counter[..(six + 1)];
    }
}
