namespace NetStat.Parsing;

/// <summary>The one "only ASCII decimal digits" test of option values and /proc names.</summary>
internal static class DecimalDigits
{
    /// <summary>Whether <paramref name="text"/> is one or more of '0'-'9' (no sign, no space).</summary>
    public static bool IsDigits(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
            return false;
        foreach (char c in text)
            if (c is < '0' or > '9')
                return false;
        return true;
    }

    /// <summary>Whether <paramref name="text"/> is one or more of '0'-'9' (no sign, no space).</summary>
    public static bool IsDigits(ReadOnlySpan<byte> text)
    {
        if (text.IsEmpty)
            return false;
        foreach (byte c in text)
            if (c is < (byte)'0' or > (byte)'9')
                return false;
        return true;
    }
}
