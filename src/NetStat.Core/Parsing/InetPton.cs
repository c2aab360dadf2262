namespace NetStat.Parsing;

/// <summary>
/// glibc's <c>inet_pton(AF_INET6, ...)</c>, which net-tools runs on the address it glues together
/// from the hex groups of /proc/net/ipv6_route: what it refuses (and what it still accepts, such
/// as a trailing dotted quad) decides whether a garbled row shows a new or the previous address.
/// </summary>
internal static class InetPton
{
    /// <summary>Parses IPv6 text into 16 bytes; false (and <paramref name="address"/> untouched) when glibc would refuse it.</summary>
    public static bool TryParseIPv6(ReadOnlySpan<byte> src, Span<byte> address)
    {
        Span<byte> tmp = stackalloc byte[16];
        tmp.Clear();
        int tp = 0;
        int colonp = -1;
        int i = 0;
        if (src.Length == 0)
            return false;
        if (src[0] == ':')
        {
            i++;
            if (i == src.Length || src[i] != ':')
                return false;
        }
        int curtok = i;
        int xdigits = 0;
        uint val = 0;
        while (i < src.Length)
        {
            byte ch = src[i++];
            int digit = HexDigit(ch);
            if (digit >= 0)
            {
                if (xdigits == 4)
                    return false;
                val = (val << 4) | (uint)digit;
                if (val > 0xffff)
                    return false;
                xdigits++;
                continue;
            }
            if (ch == ':')
            {
                curtok = i;
                if (xdigits == 0)
                {
                    if (colonp >= 0)
                        return false;
                    colonp = tp;
                    continue;
                }
                if (i == src.Length)
                    return false;
                if (tp + 2 > 16)
                    return false;
                tmp[tp++] = (byte)(val >> 8);
                tmp[tp++] = (byte)val;
                xdigits = 0;
                val = 0;
                continue;
            }
            if (ch == '.' && tp + 4 <= 16 && TryParseIPv4(src[curtok..], tmp[tp..]))
            {
                tp += 4;
                xdigits = 0;
                break;
            }
            return false;
        }
        if (xdigits > 0)
        {
            if (tp + 2 > 16)
                return false;
            tmp[tp++] = (byte)(val >> 8);
            tmp[tp++] = (byte)val;
        }
        if (colonp >= 0)
        {
            if (tp == 16)
                return false;
            int n = tp - colonp;
            tmp.Slice(colonp, n).CopyTo(tmp[(16 - n)..]);
            tmp[colonp..(16 - n)].Clear();
            tp = 16;
        }
        if (tp != 16)
            return false;
        tmp.CopyTo(address);
        return true;
    }

    /// <summary>glibc's inet_pton4: exactly four decimal octets, no leading zeros.</summary>
    private static bool TryParseIPv4(ReadOnlySpan<byte> src, Span<byte> address)
    {
        Span<byte> tmp = stackalloc byte[4];
        tmp.Clear();
        int tp = 0;
        bool sawDigit = false;
        int octets = 0;
        foreach (byte ch in src)
        {
            if (ch >= '0' && ch <= '9')
            {
                uint value = (uint)tmp[tp] * 10 + (uint)(ch - '0');
                if (sawDigit && tmp[tp] == 0)
                    return false;
                if (value > 255)
                    return false;
                tmp[tp] = (byte)value;
                if (!sawDigit)
                {
                    if (++octets > 4)
                        return false;
                    sawDigit = true;
                }
            }
            else if (ch == '.' && sawDigit)
            {
                if (octets == 4)
                    return false;
                tmp[++tp] = 0;
                sawDigit = false;
            }
            else
            {
                return false;
            }
        }
        if (octets < 4)
            return false;
        tmp.CopyTo(address);
        return true;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };
}
