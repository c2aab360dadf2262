namespace NetStat.Kernel;

/// <summary>
/// net-tools' "natural" interface name order (nstrcmp): a trailing ":digits" is an alias number,
/// a trailing digit run of the base is compared by value, so eth2 &lt; eth10 and eth0 &lt; eth0:1 &lt; eth1.
/// Names are C strings (bytes).
/// </summary>
public static class InterfaceNameOrder
{
    /// <summary>Negative, zero or positive like strcmp.</summary>
    public static int Compare(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var aBase = CutAlias(a, out var aAlias, out bool aHasAlias);
        var bBase = CutAlias(b, out var bAlias, out bool bHasAlias);
        int aIndex = IndexAfterLastNonDigit(aBase);
        int bIndex = IndexAfterLastNonDigit(bBase);
        int res = StrNCmp(aBase, bBase, Math.Min(aIndex, bIndex));
        if (res != 0)
            return res;
        if (aIndex != bIndex)
            return aIndex > bIndex ? 1 : -1;
        int av = AtoI(aBase[aIndex..]), bv = AtoI(bBase[bIndex..]);
        if (av != bv)
            return av < bv ? -1 : 1;
        res = StrCmp(aBase, bBase);
        if (res != 0)
            return res;
        av = aHasAlias ? AtoI(aAlias) : -1;
        bv = bHasAlias ? AtoI(bAlias) : -1;
        if (av != bv)
            return av < bv ? -1 : 1;
        return aHasAlias && bHasAlias ? StrCmp(aAlias, bAlias) : 0;
    }

    // cutalias(): a ':' followed by at least one digit up to the end splits base and alias.
    private static ReadOnlySpan<byte> CutAlias(ReadOnlySpan<byte> name, out ReadOnlySpan<byte> alias, out bool hasAlias)
    {
        bool digit = false;
        for (int pos = name.Length; pos > 0; pos--)
        {
            if (name[pos - 1] == ':' && digit)
            {
                alias = name[pos..];
                hasAlias = true;
                return name[..(pos - 1)];
            }
            if (!IsDigit(name[pos - 1]))
                break;
            digit = true;
        }
        alias = default;
        hasAlias = false;
        return name;
    }

    private static int IndexAfterLastNonDigit(ReadOnlySpan<byte> name)
    {
        for (int pos = name.Length; pos > 0; pos--)
            if (!IsDigit(name[pos - 1]))
                return pos;
        return 0;
    }

    // atoi() is strtol() cast to int: long digit runs keep their low 32 bits.
    private static int AtoI(ReadOnlySpan<byte> digits)
    {
        long value = 0;
        foreach (byte c in digits)
        {
            if (!IsDigit(c))
                break;
            value = value > (long.MaxValue - 9) / 10 ? long.MaxValue : value * 10 + (c - '0');
        }
        return (int)value;
    }

    private static int StrNCmp(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int n)
    {
        for (int i = 0; i < n; i++)
        {
            int ca = i < a.Length ? a[i] : 0, cb = i < b.Length ? b[i] : 0;
            if (ca != cb)
                return ca - cb;
            if (ca == 0)
                return 0;
        }
        return 0;
    }

    private static int StrCmp(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b) => StrNCmp(a, b, Math.Max(a.Length, b.Length) + 1);

    private static bool IsDigit(byte c) => c >= '0' && c <= '9';
}
