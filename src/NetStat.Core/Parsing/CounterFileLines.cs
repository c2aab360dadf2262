using NetStat.Records;

namespace NetStat.Parsing;

/// <summary>
/// The pieces net-tools' <c>fgets(buf, 1024)</c> cuts a "Name value" counter file into, numbered by
/// line: a piece that continues a line longer than the buffer keeps that line's number and is
/// reported as <see cref="CounterProblemKind.LineTooLong"/>.
/// </summary>
internal ref struct CounterFileLines(ReadOnlySpan<byte> text, CounterFile source, List<CounterProblem> problems)
{
    /// <summary>The most bytes of one piece (the fgets buffer less its NUL).</summary>
    public const int LineBuffer = 1023;

    private TextLines _lines = new(text);
    private bool _continuation;

    /// <summary>The line (counted from 1) the current piece belongs to.</summary>
    public int LineNo { get; private set; }

    /// <summary>The next piece, without its newline; false at the end.</summary>
    public bool Next(out ReadOnlySpan<byte> piece, out bool newline)
    {
        if (!_lines.Next(LineBuffer, out piece, out newline))
            return false;
        if (!_continuation)
            LineNo++;
        else
            problems.Add(new(source, CounterProblemKind.LineTooLong, LineNo));
        _continuation = !newline && piece.Length == LineBuffer;
        return true;
    }
}
