using NetStat.Parsing;
using NetStat.Records;

namespace NetStat.Kernel;

/// <summary>
/// Memberships of /proc/net/igmp or /proc/net/igmp6, line by line as net-tools' fgets loop sees
/// them. Header and device lines yield nothing; rejected lines come back as
/// <see cref="ReadOutcome.Malformed"/> with <see cref="LineNumber"/> and <see cref="MalformedKind"/>
/// for the warning.
/// </summary>
public sealed class ProcGroupCursor : ITableCursor<MulticastMembership>
{
    // fgets into net-tools' 8192-byte buffer: a longer line arrives as several lines.
    private const int FgetsChunk = 8191;

    private readonly GroupLineScanner _scanner;
    private readonly byte[] _text;
    private int _position;
    private int _nextLine;

    internal ProcGroupCursor(ProcFile file, GroupLineScanner scanner)
    {
        // Whether a line ends in a newline matters to net-tools' "%15c", and the line reader
        // hides it; the files hold one short line per membership, so they are read whole.
        using (file)
            _text = file.ReadToEnd().ToArray();
        _scanner = scanner;
        _scanner.BeginFile();
    }

    /// <summary>The 0-based number of the line last read (net-tools' numbering in its warnings).</summary>
    public int LineNumber { get; private set; } = -1;

    /// <summary>After <see cref="ReadOutcome.Malformed"/>: which of net-tools' two formats rejected the line.</summary>
    public GroupLineKind MalformedKind { get; private set; }

    /// <inheritdoc/>
    public ReadOutcome Next(out MulticastMembership row)
    {
        while (_position < _text.Length)
        {
            int rest = Math.Min(_text.Length - _position, FgetsChunk);
            int newline = _text.AsSpan(_position, rest).IndexOf((byte)'\n');
            int length = newline < 0 ? rest : newline + 1;
            var line = _text.AsMemory(_position, length);
            _position += length;
            LineNumber = _nextLine++;
            switch (_scanner.Scan(line, LineNumber, out row))
            {
                case GroupLineKind.Membership:
                    return ReadOutcome.Row;
                case GroupLineKind.Context:
                    continue;
                case var kind:
                    MalformedKind = kind;
                    return ReadOutcome.Malformed;
            }
        }
        row = default;
        return ReadOutcome.End;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
    }
}
