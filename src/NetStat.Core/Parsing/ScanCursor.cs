namespace NetStat.Parsing;

/// <summary>
/// A cursor over one text line that converts fields the way C's sscanf does, so that lines the
/// kernel never writes (truncated, garbled) are accepted or refused exactly as net-tools does.
/// </summary>
internal ref struct ScanCursor
{
    private readonly ReadOnlySpan<byte> _text;
    private int _pos;

    public ScanCursor(ReadOnlySpan<byte> text)
    {
        _text = text;
        _pos = 0;
    }

    public readonly bool AtEnd => _pos >= _text.Length;

    public readonly ReadOnlySpan<byte> Rest => _text[Math.Min(_pos, _text.Length)..];

    public static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\v' or (byte)'\f';

    /// <summary>A blank in a scanf format: skips any amount of white space, including none.</summary>
    public void SkipSpace()
    {
        while (_pos < _text.Length && IsSpace(_text[_pos]))
            _pos++;
    }

    /// <summary>A literal character in a scanf format.</summary>
    public bool Literal(byte c)
    {
        if (_pos < _text.Length && _text[_pos] == c)
        {
            _pos++;
            return true;
        }
        return false;
    }

    /// <summary>%d / %u / %lu: optional sign, decimal digits; out of range saturates as strtol does.</summary>
    public bool Decimal(out long value) => Integer(10, out value);

    /// <summary>%X / %lX: optional sign, optional 0x, hex digits.</summary>
    public bool Hex(out long value) => Integer(16, out value);

    private bool Integer(int radix, out long value)
    {
        value = 0;
        SkipSpace();
        int p = _pos;
        bool negative = false;
        if (p < _text.Length && (_text[p] == '-' || _text[p] == '+'))
        {
            negative = _text[p] == '-';
            p++;
        }
        if (radix == 16 && p + 1 < _text.Length && _text[p] == '0' && (_text[p + 1] | 0x20) == 'x' && p + 2 < _text.Length && DigitValue(_text[p + 2]) is >= 0 and < 16)
            p += 2;
        int digitsStart = p;
        ulong acc = 0;
        // Kernel tables are mostly fixed-width hex and short decimals: 16 hex or 19 decimal
        // digits cannot overflow, so the loop checks nothing else; only a longer number goes
        // through the saturating loop (strtoul saturates).
        if (radix == 16)
        {
            for (int d; p < _text.Length && (uint)(d = DigitValue(_text[p])) < 16u; p++)
                acc = acc << 4 | (uint)d;
        }
        else
        {
            for (uint d; p < _text.Length && (d = (uint)(_text[p] - '0')) < 10u; p++)
                acc = acc * 10 + d;
        }
        if (p == digitsStart)
            return false;
        _pos = p;
        // Out of range, strtoul gives ULONG_MAX whatever the sign (glibc's sscanf: "-10000000000000000"
        // read with %lX stores -1).
        if (p - digitsStart > (radix == 16 ? 16 : 19) && !Exact(_text[digitsStart..p], radix, out acc))
            negative = false;
        value = negative ? -(long)acc : (long)acc;
        return true;
    }

    /// <summary>The value of <paramref name="digits"/>; false (and ulong.MaxValue) where it does not fit, as strtoul gives it.</summary>
    private static bool Exact(ReadOnlySpan<byte> digits, int radix, out ulong value)
    {
        value = 0;
        // The exact test needs a division, so it runs only near the limit.
        ulong safe = radix == 16 ? ulong.MaxValue >> 4 : ulong.MaxValue / 10;
        foreach (byte b in digits)
        {
            ulong d = (ulong)DigitValue(b);
            if (value > safe || (value == safe && d > ulong.MaxValue - safe * (ulong)radix))
            {
                value = ulong.MaxValue;
                return false;
            }
            value = value * (ulong)radix + d;
        }
        return true;
    }

    /// <summary>%N[0-9A-Fa-f]: up to <paramref name="max"/> hex digits, no white space skipped.</summary>
    public bool HexString(int max, out ReadOnlySpan<byte> digits)
    {
        int p = _pos;
        while (p < _text.Length && p - _pos < max && DigitValue(_text[p]) is >= 0 and < 16)
            p++;
        digits = _text[_pos..p];
        if (p == _pos)
            return false;
        _pos = p;
        return true;
    }

    /// <summary>%s: a run of non-space characters after skipping white space.</summary>
    public bool Word(out ReadOnlySpan<byte> word)
    {
        SkipSpace();
        int p = _pos;
        while (p < _text.Length && !IsSpace(_text[p]))
            p++;
        word = _text[_pos..p];
        if (p == _pos)
            return false;
        _pos = p;
        return true;
    }

    /// <summary>0-9, then a/A = 10 ... z/Z = 35; -1 for anything else.</summary>
    public static int DigitValue(byte b) => (sbyte)DigitTable[b];

    private static ReadOnlySpan<byte> DigitTable =>
    [
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
        25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24,
        25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
        0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
    ];
}
