namespace NetStat.Parsing;

/// <summary>
/// The input side of glibc's <c>sscanf</c> for the conversions net-tools' route readers use
/// (<c>%Ns</c>, <c>%*s</c>, <c>%d</c>, <c>%X</c>, <c>%0Nx</c>), exact down to what a failed or
/// partial conversion consumes, how a field width counts a sign and a "0x" prefix, and how
/// <c>strtol</c>/<c>strtoul</c> saturate before the value is cut to 32 bits. A conversion that
/// fails ends the scan (sscanf stops there), so callers count the conversions that succeeded.
/// </summary>
internal ref struct ScanfInput
{
    private readonly ReadOnlySpan<byte> _text;
    private int _pos;

    /// <summary>How many conversions overflowed: strtol/strtoul set errno to ERANGE for them.</summary>
    public int RangeErrors { get; private set; }

    /// <summary>Scans <paramref name="text"/> as a C string: it ends at the first NUL byte.</summary>
    public ScanfInput(ReadOnlySpan<byte> text)
    {
        int nul = text.IndexOf((byte)0);
        _text = nul >= 0 ? text[..nul] : text;
        _pos = 0;
    }

    /// <summary>isspace() in the C locale.</summary>
    public static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r';

    private bool SkipSpaceThenAny()
    {
        while (_pos < _text.Length && IsSpace(_text[_pos]))
            _pos++;
        return _pos < _text.Length;
    }

    /// <summary><c>%Ns</c> (<paramref name="width"/> ≤ 0: no limit): a run of non-space bytes.</summary>
    public bool String(int width, out ReadOnlySpan<byte> word)
    {
        word = default;
        if (!SkipSpaceThenAny())
            return false;
        int start = _pos;
        while (_pos < _text.Length && !IsSpace(_text[_pos]) && (width <= 0 || _pos - start < width))
            _pos++;
        word = _text[start.._pos];
        return true;
    }

    /// <summary><c>%*s</c>: skips a word without assigning it.</summary>
    public bool SkipString() => String(0, out _);

    /// <summary><c>%d</c> / <c>%Nd</c> into an int: strtol, then the low 32 bits.</summary>
    public bool Int32(int width, out int value)
    {
        value = 0;
        if (!Number(width, 10, out bool negative, out ulong magnitude, out bool overflow))
            return false;
        long l;
        if (overflow || (!negative && magnitude > long.MaxValue) || (negative && magnitude > 1UL << 63))
        {
            l = negative ? long.MinValue : long.MaxValue;
            RangeErrors++;
        }
        else
            l = negative ? (long)(0 - magnitude) : (long)magnitude;
        value = unchecked((int)l);
        return true;
    }

    /// <summary><c>%X</c> / <c>%0Nx</c> into an unsigned int: strtoul, then the low 32 bits.</summary>
    public bool UInt32Hex(int width, out uint value)
    {
        value = 0;
        if (!Number(width, 16, out bool negative, out ulong magnitude, out bool overflow))
            return false;
        if (overflow)
            RangeErrors++;
        ulong u = overflow ? ulong.MaxValue : negative ? 0 - magnitude : magnitude;
        value = unchecked((uint)u);
        return true;
    }

    /// <summary>
    /// glibc's number scanner: optional sign, then for base 16 an optional "0x" whose 'x' is eaten
    /// but not kept, then digits, all within the width. Fails when no digit was kept.
    /// </summary>
    private bool Number(int width, int radix, out bool negative, out ulong magnitude, out bool overflow)
    {
        negative = false;
        magnitude = 0;
        overflow = false;
        if (!SkipSpaceThenAny())
            return false;
        int left = width <= 0 ? -1 : width;
        int p = _pos;
        if (_text[p] == '-' || _text[p] == '+')
        {
            negative = _text[p] == '-';
            p++;
            if (left > 0) left--;
        }
        int digits = 0;
        if (left != 0 && p < _text.Length && _text[p] == '0')
        {
            p++;
            digits++;
            if (left > 0) left--;
            if (radix == 16 && left != 0 && p < _text.Length && (_text[p] | 0x20) == 'x')
            {
                p++;
                if (left > 0) left--;
            }
        }
        while (left != 0 && p < _text.Length)
        {
            int d = ScanCursor.DigitValue(_text[p]);
            if (d < 0 || d >= radix)
                break;
            if (magnitude > (ulong.MaxValue - (ulong)d) / (ulong)radix)
                overflow = true;
            else
                magnitude = magnitude * (ulong)radix + (ulong)d;
            digits++;
            p++;
            if (left > 0) left--;
        }
        if (digits == 0)
            return false;
        _pos = p;
        return true;
    }
}
