using System.Text;
using NetStat.Records;

namespace NetStat.Parsing;

/// <summary>
/// /proc/net/sctp/snmp: one "Name value" per line, all in one table "Sctp", read as net-tools
/// 2.10 reads it.
/// </summary>
internal static class SctpCounterText
{
    /// <summary>The file's one table (present, maybe empty, whenever the file could be opened).</summary>
    public static CounterTable Parse(ReadOnlySpan<byte> text, List<CounterProblem> problems)
    {
        const CounterFile source = CounterFile.SctpSnmp;
        var counters = new List<KernelCounter>();
        // net-tools cuts each line inside one fgets buffer that is reused from line to line: a last
        // line without newline or value makes it read on into what the previous line left there.
        // One byte more than its buffer, always 0, stands for the byte past the end.
        Span<byte> buffer = stackalloc byte[CounterFileLines.LineBuffer + 2];
        buffer.Clear();
        var lines = new CounterFileLines(text, source, problems);
        while (lines.Next(out var piece, out bool newline))
        {
            int lineNo = lines.LineNo;
            piece.CopyTo(buffer);
            int length = piece.Length;
            if (newline)
                buffer[length++] = (byte)'\n';
            buffer[length] = 0;

            var line = CUnsigned.CString(buffer[..length]);
            int nameEnd = line.IndexOfAny(" \t\n"u8);
            if (nameEnd < 0)
                nameEnd = line.Length;
            string name = Encoding.UTF8.GetString(line[..nameEnd]);
            buffer[nameEnd] = 0;
            int valueStart = nameEnd + 1;
            while (valueStart < buffer.Length && buffer[valueStart] is (byte)' ' or (byte)'\t' or (byte)'\n')
                valueStart++;
            if (valueStart >= buffer.Length - 1 || buffer[valueStart] == 0)
            {
                problems.Add(new(source, CounterProblemKind.MissingValue, lineNo, name));
                continue;
            }
            if (nameEnd == line.Length)
                problems.Add(new(source, CounterProblemKind.MissingValue, lineNo, name));
            var rest = CUnsigned.CString(buffer[valueStart..^1]);
            ulong value = CUnsigned.Parse(rest, out _, out var outcome);
            PairedCounterText.Report(outcome, rest, source, lineNo, name, problems);
            counters.Add(new KernelCounter(name, value));
        }
        return new CounterTable("Sctp", source, 1, counters);
    }
}
