namespace NetStat.Parsing;

/// <summary>
/// glibc's inet_pton(AF_INET) and inet_pton(AF_INET6): accepts exactly the texts it accepts
/// (dotted quads without leading zeros; hex groups of up to four digits, one "::", a trailing
/// dotted quad), so garbled kernel text and command-line values are refused the same way.
/// </summary>
public static class InetPton
{
    /// <summary>Parses <paramref name="text"/> into 16 bytes; false when glibc would return 0.</summary>
    public static bool TryParseIPv6(ReadOnlySpan<byte> text, Span<byte> destination)
    {
        Span<byte> tmp = stackalloc byte[16];
        tmp.Clear();
        int tp = 0, colonp = -1;
        int src = 0;
        if (text.Length == 0)
            return false;
        if (text[0] == ':')
        {
            src++;
            if (src == text.Length || text[src] != ':')
                return false;
        }
        int curtok = src, xdigitsSeen = 0;
        uint val = 0;
        while (src < text.Length)
        {
            byte ch = text[src++];
            int digit = HexValue(ch);
            if (digit >= 0)
            {
                if (xdigitsSeen == 4)
                    return false;
                val = (val << 4) | (uint)digit;
                if (val > 0xffff)
                    return false;
                xdigitsSeen++;
                continue;
            }
            if (ch == ':')
            {
                curtok = src;
                if (xdigitsSeen == 0)
                {
                    if (colonp >= 0)
                        return false;
                    colonp = tp;
                    continue;
                }
                if (src == text.Length)
                    return false;
                if (tp + 2 > 16)
                    return false;
                tmp[tp++] = (byte)(val >> 8);
                tmp[tp++] = (byte)val;
                xdigitsSeen = 0;
                val = 0;
                continue;
            }
            if (ch == '.' && tp + 4 <= 16 && TryParseIPv4(text[curtok..], tmp.Slice(tp, 4)))
            {
                tp += 4;
                xdigitsSeen = 0;
                break;
            }
            return false;
        }
        if (xdigitsSeen > 0)
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
            tmp.Slice(colonp, n).CopyTo(tmp.Slice(16 - n, n));
            tmp.Slice(colonp, 16 - n - colonp).Clear();
            tp = 16;
        }
        if (tp != 16)
            return false;
        tmp.CopyTo(destination);
        return true;
    }

    /// <summary>
    /// Parses a dotted quad (four decimal numbers 0-255, no leading zeros) into 4 bytes; false
    /// when glibc would return 0.
    /// </summary>
    public static bool TryParseIPv4(ReadOnlySpan<byte> text, Span<byte> destination)
    {
        Span<byte> tmp = stackalloc byte[4];
        tmp.Clear();
        int tp = 0, octets = 0;
        bool sawDigit = false;
        foreach (byte ch in text)
        {
            if (ch >= '0' && ch <= '9')
            {
                uint next = tmp[tp] * 10u + (uint)(ch - '0');
                if (sawDigit && tmp[tp] == 0)
                    return false;
                if (next > 255)
                    return false;
                tmp[tp] = (byte)next;
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
        tmp.CopyTo(destination);
        return true;
    }

    private static int HexValue(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
