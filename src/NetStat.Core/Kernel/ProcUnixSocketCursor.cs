using NetStat.Parsing;
using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>
/// Rows of /proc/net/unix. When the exact names of sockets whose names contain newlines are
/// known (<paramref name="multiLineNames"/>, from unix_diag), such a row gets its whole name and
/// the lines the name spilled onto are consumed with it instead of being read as rows.
/// </summary>
internal sealed class ProcUnixSocketCursor(ProcFile file, IReadOnlyDictionary<ulong, byte[]>? multiLineNames = null) : ITableCursor<UnixSocket>
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
        if (multiLineNames is not null && multiLineNames.TryGetValue(row.Inode, out var name)
            && name.AsSpan().StartsWith(line.Span[path]))
        {
            // The name printed raw: its first part is on this line, the rest on the next ones.
            int continuation = name.AsSpan().Count((byte)'\n');
            for (int i = 0; i < continuation && file.TryReadLine(out ReadOnlySpan<byte> _); i++)
            {
            }
            row = row with { Path = name };
            return ReadOutcome.Row;
        }
        row = row with { Path = line[path] };
        return ReadOutcome.Row;
    }

    public int ReadError => file.ReadError;

    public void Dispose() => file.Dispose();
}
