namespace NetStat.Parsing;

/// <summary>
/// Splits a whole file into lines as C's getline (whole lines) or fgets (pieces of at most
/// size-1 bytes) hand them out, telling whether each piece ended with its newline.
/// </summary>
internal ref struct TextLines(ReadOnlySpan<byte> text)
{
    private readonly ReadOnlySpan<byte> _text = text;
    private int _pos;

    /// <summary>getline: the next line without its newline; false at the end.</summary>
    public bool Next(out ReadOnlySpan<byte> line, out bool newline) => Next(int.MaxValue, out line, out newline);

    /// <summary>fgets with a buffer of <paramref name="max"/>+1 bytes: at most <paramref name="max"/> bytes, newline included.</summary>
    public bool Next(int max, out ReadOnlySpan<byte> line, out bool newline)
    {
        if (_pos >= _text.Length)
        {
            line = default;
            newline = false;
            return false;
        }
        var rest = _text[_pos..];
        int nl = rest.IndexOf((byte)'\n');
        if (nl >= 0 && nl < max)
        {
            line = rest[..nl];
            newline = true;
            _pos += nl + 1;
            return true;
        }
        int n = Math.Min(rest.Length, max);
        line = rest[..n];
        newline = false;
        _pos += n;
        return true;
    }
}
