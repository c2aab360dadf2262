using System.Text;
using NetStat.Records;

namespace NetStat.Parsing;

/// <summary>
/// /proc/net/snmp and /proc/net/netstat: pairs of lines "Title: name1 name2 ..." and
/// "Title: value1 value2 ...", read as net-tools 2.10 reads them (so that every file gives the
/// counters net-tools would show).
/// </summary>
internal static class PairedCounterText
{
    /// <summary>
    /// Adds the file's tables and problems. Returns false when reading stopped at a line without
    /// ':' (net-tools then reports "Problem while parsing" and ignores the rest).
    /// </summary>
    public static bool Parse(ReadOnlySpan<byte> text, CounterFile source, List<CounterTable> tables, List<CounterProblem> problems)
    {
        var lines = new TextLines(text);
        int lineNo = 0;
        while (lines.Next(out var head, out bool headNewline))
        {
            lineNo++;
            // 2.6 kernels began the file with an empty line.
            if (head.IsEmpty && headNewline)
                continue;
            int headLine = lineNo;
            if (!lines.Next(out var body, out _))
            {
                problems.Add(new(source, CounterProblemKind.MissingValueLine, headLine));
                break;
            }
            lineNo++;
            head = CUnsigned.CString(head);
            body = CUnsigned.CString(body);
            int headColon = head.IndexOf((byte)':');
            int bodyColon = body.IndexOf((byte)':');
            if (headColon < 0 || bodyColon < 0)
            {
                problems.Add(new(source, CounterProblemKind.MissingColon, headColon < 0 ? headLine : lineNo));
                return false;
            }
            string title = Encoding.UTF8.GetString(head[..headColon]);
            if (!head[..headColon].SequenceEqual(body[..bodyColon]))
                problems.Add(new(source, CounterProblemKind.TitleMismatch, lineNo, title));
            tables.Add(new CounterTable(title, source, headLine,
                ReadCounters(head[(headColon + 1)..], body[(bodyColon + 1)..], source, lineNo, problems)));
        }
        return true;
    }

    private static List<KernelCounter> ReadCounters(ReadOnlySpan<byte> names, ReadOnlySpan<byte> values, CounterFile source, int lineNo, List<CounterProblem> problems)
    {
        var counters = new List<KernelCounter>();
        int np = 0;
        int vp = 0;
        bool stuck = false;
        while (true)
        {
            // net-tools splits both lines on exactly these three; strtoull skips any C white space.
            np += Separators(names[np..]);
            vp += Separators(values[vp..]);
            var rest = names[np..];
            int length = rest.IndexOfAny(" \t\n"u8);
            if (length < 0)
                length = rest.Length;
            if (length == 0)
                break;
            string name = Encoding.UTF8.GetString(rest[..length]);
            np += length;
            ulong value = CUnsigned.Parse(values[vp..], out int used, out var outcome);
            vp += used;
            Report(outcome, values[vp..], source, lineNo, name, problems);
            // Text strtoull cannot read stays in place for every later counter of the line.
            stuck |= outcome == CUnsignedOutcome.NoDigits;
            counters.Add(new KernelCounter(name, value));
        }
        if (!stuck && !values[vp..].TrimStart(" \t\n\r\v\f"u8).IsEmpty)
            problems.Add(new(source, CounterProblemKind.ExtraValues, lineNo));
        return counters;
    }

    private static int Separators(ReadOnlySpan<byte> text)
    {
        int n = text.IndexOfAnyExcept(" \t\n"u8);
        return n < 0 ? text.Length : n;
    }

    /// <summary>Turns a conversion outcome into a problem (shared by the three readers).</summary>
    internal static void Report(CUnsignedOutcome outcome, ReadOnlySpan<byte> rest, CounterFile source, int lineNo, string name, List<CounterProblem> problems)
    {
        CounterProblemKind? kind = outcome switch
        {
            CUnsignedOutcome.NoDigits => rest.TrimStart(" \t\n\r\v\f"u8).IsEmpty ? CounterProblemKind.MissingValue : CounterProblemKind.InvalidValue,
            CUnsignedOutcome.OutOfRange => CounterProblemKind.ValueOutOfRange,
            CUnsignedOutcome.Negative => CounterProblemKind.NegativeValue,
            _ => null,
        };
        if (kind is CounterProblemKind k)
            problems.Add(new(source, k, lineNo, name));
    }
}
