using NetStat.Parsing;
using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>Rows of /proc/net/unix.</summary>
internal sealed class ProcUnixSocketCursor(ProcFile file) : ITableCursor<UnixSocket>
{
    private bool _headerSkipped;

    public ReadOutcome Next(out UnixSocket row)
    {
        if (!_headerSkipped)
        {
            _headerSkipped = true;
            if (!file.TryReadLine(out ReadOnlySpan<byte> _))
            {
                row = default;
                return ReadOutcome.End;
            }
        }
        if (!file.TryReadLine(out ReadOnlyMemory<byte> line))
        {
            row = default;
            return ReadOutcome.End;
        }
        if (!UnixSocketLine.TryParse(line.Span, out row, out Range path))
            return ReadOutcome.Malformed;
        row = row with { Path = line[path] };
        return ReadOutcome.Row;
    }

    public void Dispose() => file.Dispose();
}
