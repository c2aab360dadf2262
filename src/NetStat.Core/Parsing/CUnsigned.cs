namespace NetStat.Parsing;

/// <summary>How a C unsigned conversion went.</summary>
internal enum CUnsignedOutcome : byte
{
    Ok,
    /// <summary>No digits: strtoull returns 0 and leaves its end pointer where it started; scanf fails.</summary>
    NoDigits,
    /// <summary>More than 2^64-1: saturated to 18446744073709551615 (ERANGE).</summary>
    OutOfRange,
    /// <summary>A '-' sign: the value was negated modulo 2^64.</summary>
    Negative,
}

/// <summary>C's strtoull(s, &amp;end, 10) in the C locale, which net-tools uses for every counter value.</summary>
internal static class CUnsigned
{
    /// <summary>
    /// Converts the start of <paramref name="text"/> (already cut at any NUL). <paramref name="end"/>
    /// is how far strtoull's end pointer moves: 0 when there are no digits.
    /// </summary>
    public static ulong Parse(ReadOnlySpan<byte> text, out int end, out CUnsignedOutcome outcome)
    {
        int p = 0;
        while (p < text.Length && ScanCursor.IsSpace(text[p]))
            p++;
        bool negative = false;
        if (p < text.Length && (text[p] == '+' || text[p] == '-'))
        {
            negative = text[p] == '-';
            p++;
        }
        int digits = p;
        ulong value = 0;
        bool overflow = false;
        while (p < text.Length && text[p] >= '0' && text[p] <= '9')
        {
            uint d = (uint)(text[p] - '0');
            if (!overflow)
            {
                if (value > (ulong.MaxValue - d) / 10)
                    overflow = true;
                else
                    value = value * 10 + d;
            }
            p++;
        }
        if (p == digits)
        {
            end = 0;
            outcome = CUnsignedOutcome.NoDigits;
            return 0;
        }
        end = p;
        if (overflow)
        {
            outcome = CUnsignedOutcome.OutOfRange;
            return ulong.MaxValue;
        }
        if (negative && value != 0)
        {
            outcome = CUnsignedOutcome.Negative;
            return unchecked(0UL - value);
        }
        outcome = CUnsignedOutcome.Ok;
        return value;
    }

    /// <summary>The text up to its first NUL: what C string functions see of a line.</summary>
    public static ReadOnlySpan<byte> CString(ReadOnlySpan<byte> text)
    {
        int nul = text.IndexOf((byte)0);
        return nul < 0 ? text : text[..nul];
    }
}
